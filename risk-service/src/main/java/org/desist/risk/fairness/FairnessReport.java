package org.desist.risk.fairness;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.desist.risk.assessment.CalculatedLevel;

/**
 * Fairness monitoring (000_c72660e7df92b92e.txt 3.1, 8.4: discrimination is challenged): per dimension and group,
 * the distribution of judgements, each rate against the overall rate, flags where the difference is large, and
 * OGRS3's calibration — the share actually reconvicted against the mean predicted probability.
 */
public record FairnessReport(int people, int minimumGroupSize, double flagAbove, double flagBelow,
        Map<String, List<Group>> dimensions) {

    public record Group(String group, int count, boolean suppressed, Map<String, Map<String, Rate>> distributions,
            Map<CalculatedLevel, Overrides> overrides, List<String> flags, Optional<Calibration> oneYear,
            Optional<Calibration> twoYear) {
    }

    /** For one calculated level (the tier, the OGRS3 band): the share overridden, and overridden up and down. */
    public record Overrides(Rate rate, Rate up, Rate down) {
    }

    /** A share in the group and that share divided by the overall one (null ratio where the overall share is 0). */
    public record Rate(double share, Double ratioToOverall) {
    }

    /** For the cohort followed up long enough: how many, the share reconvicted, the mean predicted probability. */
    public record Calibration(int cohort, double reconvicted, double meanPredicted) {
    }
}
