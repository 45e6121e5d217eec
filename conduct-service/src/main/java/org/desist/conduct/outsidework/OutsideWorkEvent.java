package org.desist.conduct.outsidework;

import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;

/**
 * Outside employment and business interests need approval (002_d7d6c09e19b6ddeb.txt 4.8); acting as executor for
 * an unrelated service user needs prior written consent (7.3). The chief executive decides, with conditions.
 */
public sealed interface OutsideWorkEvent {

    @EventType("conduct.outside-work.requested")
    record OutsideWorkRequested(UUID requestId, String staffId, Kind kind, String description, Optional<String> crn)
            implements OutsideWorkEvent {

        public OutsideWorkRequested {
            crn = crn == null ? Optional.empty() : crn;
        }
    }

    @EventType("conduct.outside-work.decided")
    record OutsideWorkDecided(UUID requestId, String staffId, Decision decision, String conditions, String rationale)
            implements OutsideWorkEvent, Judgement {
    }

    enum Kind {
        EMPLOYMENT,
        BUSINESS_INTEREST,
        EXECUTORSHIP
    }

    enum Decision {
        APPROVED,
        REFUSED
    }
}
