package org.desist.risk.fairness;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** Fairness monitoring's thresholds, under {@code desist.fairness}. */
@ConfigMapping(prefix = "desist.fairness")
public interface FairnessRules {

    /** Groups and cells of fewer people are suppressed, so that no one can be singled out. */
    @WithDefault("10")
    @Min(1)
    int minimumGroupSize();

    /** Published counts are rounded to the nearest multiple of this, as official statistics round theirs. */
    @WithDefault("5")
    @Min(1)
    int roundingBase();

    /** Groups smaller than this (as published) are marked not statistically significant, not hidden. */
    @WithDefault("100")
    @Min(1)
    int significantGroupSize();

    /**
     * A group's rate above this multiple of the overall rate is flagged: the reciprocal of the four-fifths rule for
     * adverse impact (US Uniform Guidelines on Employee Selection Procedures, 29 CFR 1607.4(D)).
     */
    @WithDefault("1.25")
    double flagAbove();

    /** A group's rate below this multiple of the overall rate (four-fifths) is flagged. */
    @WithDefault("0.8")
    double flagBelow();
}
