package org.desist.reporting.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** The dashboard's settings, under {@code desist.dashboard}. */
@ConfigMapping(prefix = "desist.dashboard")
public interface DashboardConfig {

    Fairness fairness();

    /**
     * Workload points per case by its tier in force, as workload tools weight cases (more for a higher risk of harm
     * and a greater likelihood of change); a case with no tier yet counts as {@link #untieredWeight()}.
     */
    Map<String, Integer> tierWeights();

    @WithDefault("1")
    int untieredWeight();

    /** Months an unpaid work order has to be completed in, and how close to that limit an order is listed. */
    @WithDefault("12")
    int unpaidWorkMonths();

    @WithDefault("60")
    int unpaidWorkWarningDays();

    /** Officers in a team needed before a quartile of their rates means anything. */
    @WithDefault("4")
    int outlierMinimumOfficers();

    interface Fairness {

        /** Groups of fewer people are suppressed, with a second beside a lone one. */
        @WithDefault("10")
        int minimumGroupSize();

        /** Groups of fewer people are drawn hatched and marked too small to generalise from. */
        @WithDefault("100")
        int significantGroupSize();

        /** Published counts are rounded to a multiple of this. */
        @WithDefault("5")
        int roundingBase();

        @WithDefault("1.25")
        double flagAbove();

        @WithDefault("0.8")
        double flagBelow();
    }
}
