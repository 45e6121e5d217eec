package org.desist.risk.assessment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.desist.eventstore.command.Upcaster;

/**
 * Overrides were of the tier alone in schema version 1 ({@code calculatedTier}, {@code overridingTier}, {@code tier});
 * version 2 overrides any calculated level, so a version 1 override reads as one of level TIER.
 */
final class OverrideUpcasters {

    private OverrideUpcasters() {
    }

    @ApplicationScoped
    static class RecordedVersion1 implements Upcaster {

        @Override
        public String type() {
            return "risk-assessment.override.recorded";
        }

        @Override
        public int fromVersion() {
            return 1;
        }

        @Override
        public ObjectNode upcast(ObjectNode payload) {
            payload.put("level", CalculatedLevel.TIER.name());
            payload.set("calculated", payload.remove("calculatedTier"));
            payload.set("overriding", payload.remove("overridingTier"));
            return payload;
        }
    }

    @ApplicationScoped
    static class CountersignedVersion1 implements Upcaster {

        @Override
        public String type() {
            return "risk-assessment.override.countersigned";
        }

        @Override
        public int fromVersion() {
            return 1;
        }

        @Override
        public ObjectNode upcast(ObjectNode payload) {
            payload.put("level", CalculatedLevel.TIER.name());
            payload.set("value", payload.remove("tier"));
            payload.set("calculated", payload.remove("calculatedTier"));
            return payload;
        }
    }
}
