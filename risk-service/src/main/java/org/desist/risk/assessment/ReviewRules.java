package org.desist.risk.assessment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When reassessment is due, under {@code desist.reviews}: by RoSH and tier, and after failed appointments. */
@ConfigMapping(prefix = "desist.reviews")
public interface ReviewRules {

    /** Weeks between reviews while RoSH is HIGH or VERY_HIGH, or the tier in force has a frequent protect level. */
    @WithDefault("16")
    int highRoshWeeks();

    /**
     * Protect levels (the tier's letter) reviewed as often as HIGH RoSH: A and B are the levels the public most needs
     * protecting at (shared/facts/TIER.md), whether reached by RoSH, RSR or MAPPA.
     */
    @WithDefault("A,B")
    java.util.Set<String> frequentProtectLevels();

    /** Weeks between reviews otherwise. */
    @WithDefault("26")
    int otherWeeks();

    /** Failed or unacceptable appointments that make a review due, counted afresh after each review they trigger. */
    @WithDefault("3")
    int failedAppointmentsThreshold();
}
