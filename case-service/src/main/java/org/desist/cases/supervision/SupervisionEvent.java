package org.desist.cases.supervision;

import java.time.Instant;
import java.util.Optional;
import org.desist.eventstore.command.EventType;

/**
 * How often the person is to be seen, set from risk-service's tier and risk of serious harm
 * (000_c72660e7df92b92e.txt 5.1: responses follow the assessed risk).
 */
public sealed interface SupervisionEvent {

    @EventType("probation-case.contact-frequency.set")
    record ContactFrequencySet(Optional<String> tier, Optional<String> roshLevel, int contactEveryDays,
            Instant effectiveFrom, String source) implements SupervisionEvent {

        public ContactFrequencySet {
            tier = tier == null ? Optional.empty() : tier;
            roshLevel = roshLevel == null ? Optional.empty() : roshLevel;
        }
    }
}
