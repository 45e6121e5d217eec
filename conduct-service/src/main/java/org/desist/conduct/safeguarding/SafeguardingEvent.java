package org.desist.conduct.safeguarding;

import java.time.Instant;
import org.desist.eventstore.command.EventType;

/** Safeguarding registration (002_d7d6c09e19b6ddeb.txt 4.5). */
public sealed interface SafeguardingEvent {

    /** Published for case-service, which then allocates the member of staff no cases and flags their current ones. */
    @EventType("conduct.safeguarding-registration.withdrawn")
    record SafeguardingRegistrationWithdrawn(String staffId, Instant withdrawnAt, String reason)
            implements SafeguardingEvent, org.desist.eventstore.command.Judgement {

        @Override
        public String rationale() {
            return reason;
        }
    }

    /** Published for case-service, which may then allocate the member of staff cases again. */
    @EventType("conduct.safeguarding-registration.reinstated")
    record SafeguardingRegistrationReinstated(String staffId, Instant reinstatedAt) implements SafeguardingEvent {
    }
}
