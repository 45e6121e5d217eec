package org.desist.risk.fairness;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Fairness monitoring's thresholds, under {@code desist.fairness}. */
@ConfigMapping(prefix = "desist.fairness")
public interface FairnessRules {

    /** Groups smaller than this are suppressed, so that no one can be singled out. */
    @WithDefault("10")
    int minimumGroupSize();

    /** A group's rate above this multiple of the overall rate is flagged. */
    @WithDefault("1.25")
    double flagAbove();

    /** A group's rate below this multiple of the overall rate is flagged. */
    @WithDefault("0.8")
    double flagBelow();
}
