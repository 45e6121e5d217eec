package org.desist.cases.supervision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * How often people are seen by tier and risk of serious harm, under {@code desist.supervision}: the letter of the
 * tier sets the interval, and a high risk of serious harm shortens it. A service sets its own standard here.
 */
@ConfigMapping(prefix = "desist.supervision")
public interface SupervisionStandards {

    /** Days between contacts for tier A (the highest protect level). */
    @WithDefault("7")
    int tierADays();

    @WithDefault("14")
    int tierBDays();

    @WithDefault("28")
    int tierCDays();

    @WithDefault("42")
    int tierDDays();

    /** The longest interval while risk of serious harm is HIGH or VERY_HIGH. */
    @WithDefault("7")
    int highRoshDays();

    /** The interval before any tier is known. */
    @WithDefault("14")
    int untieredDays();

    default int contactEveryDays(Optional<String> tier, Optional<String> roshLevel) {
        int days = tier.map(t -> switch (t.charAt(0)) {
            case 'A' -> tierADays();
            case 'B' -> tierBDays();
            case 'C' -> tierCDays();
            default -> tierDDays();
        }).orElse(untieredDays());
        boolean high = roshLevel.filter(level -> level.equals("HIGH") || level.equals("VERY_HIGH")).isPresent();
        return high ? Math.min(days, highRoshDays()) : days;
    }
}
