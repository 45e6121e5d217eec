package org.desist.risk.assessment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When reassessment is due, under {@code desist.reviews}: by RoSH, and after failed appointments. */
@ConfigMapping(prefix = "desist.reviews")
public interface ReviewRules {

    /** Weeks between reviews while RoSH is HIGH or VERY_HIGH. */
    @WithDefault("16")
    int highRoshWeeks();

    /** Weeks between reviews otherwise. */
    @WithDefault("26")
    int otherWeeks();

    /** Failed or unacceptable appointments that make a review due. */
    @WithDefault("3")
    int failedAppointmentsThreshold();
}
