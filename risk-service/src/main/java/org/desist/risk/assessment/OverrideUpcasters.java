package org.desist.risk.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.desist.eventstore.command.RenamingUpcaster;

/**
 * Overrides were of the tier alone in schema version 1 ({@code calculatedTier}, {@code overridingTier}, {@code tier});
 * version 2 overrides any calculated level, so a version 1 override reads as one of level TIER.
 */
final class OverrideUpcasters {

    private static final Map<String, String> OF_THE_TIER = Map.of("level", CalculatedLevel.TIER.name());

    private OverrideUpcasters() {
    }

    @ApplicationScoped
    static class RecordedVersion1 extends RenamingUpcaster {

        RecordedVersion1() {
            super("risk-assessment.override.recorded", 1,
                    Map.of("calculatedTier", "calculated", "overridingTier", "overriding"), OF_THE_TIER);
        }
    }

    @ApplicationScoped
    static class CountersignedVersion1 extends RenamingUpcaster {

        CountersignedVersion1() {
            super("risk-assessment.override.countersigned", 1, Map.of("tier", "value", "calculatedTier", "calculated"),
                    OF_THE_TIER);
        }
    }
}
