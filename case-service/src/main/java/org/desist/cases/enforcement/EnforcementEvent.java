package org.desist.cases.enforcement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;

/**
 * Enforcement of an order or licence: failures to comply draw warnings, a further failure within the window makes
 * breach action due, and an officer then initiates breach or a senior officer decides not to, with reasons
 * (000_c72660e7df92b92e.txt 8.3, 8.5).
 */
public sealed interface EnforcementEvent {

    @EventType("enforcement.warning.issued")
    record WarningIssued(UUID warningId, UUID contactId, Instant failureAt) implements EnforcementEvent {
    }

    /** The failure a warning was for was found acceptable after all (its contact was corrected). */
    @EventType("enforcement.warning.withdrawn")
    record WarningWithdrawn(UUID warningId, UUID contactId, String rationale) implements EnforcementEvent, Judgement {
    }

    /** Breach action is due on this failure, against the order or licence {@code sentenceId} (absent in early events). */
    @EventType("enforcement.breach.due")
    record BreachActionDue(UUID contactId, Instant failureAt, List<UUID> warnings, Optional<UUID> sentenceId)
            implements EnforcementEvent {

        public BreachActionDue {
            sentenceId = sentenceId == null ? Optional.empty() : sentenceId;
        }
    }

    /** Breach action is no longer due: the failure behind it was corrected, judged anew, or its order ended. */
    @EventType("enforcement.breach-due.withdrawn")
    record BreachDueWithdrawn(UUID contactId, String rationale) implements EnforcementEvent, Judgement {
    }

    @EventType("enforcement.breach.initiated")
    record BreachInitiated(UUID breachId, String rationale) implements EnforcementEvent, Judgement {
    }

    @EventType("enforcement.breach-decision.recorded")
    record BreachDecisionRecorded(BreachDecision decision, String rationale) implements EnforcementEvent, Judgement {
    }

    enum BreachDecision {
        NOT_TO_BREACH
    }
}
