package org.desist.cases.enforcement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When failures to comply make breach action due: by default a failure after a warning within 12 months.
 * Configuration, under {@code desist.enforcement}, so that a service can follow its own national standard.
 */
@ConfigMapping(prefix = "desist.enforcement")
public interface EnforcementRules {

    /** How far back a warning counts, in months. */
    @WithDefault("12")
    int windowMonths();

    /** How many warnings in the window make the next failure a breach. */
    @WithDefault("1")
    int warningsBeforeBreach();
}
