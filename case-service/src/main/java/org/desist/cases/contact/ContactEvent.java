package org.desist.cases.contact;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;
import org.desist.eventstore.command.Occurrence;

/** Contacts with a person on probation: recorded once, put right only by a correction that says why. */
public sealed interface ContactEvent {

    UUID contactId();

    @EventType("probation-case.contact.recorded")
    record ContactRecorded(UUID contactId, ContactType type, Instant occurredAt, ContactOutcome outcome, String notes,
            boolean loneContact, Optional<String> loneContactReason) implements ContactEvent, Occurrence {
    }

    /** Replaces what a contact's record says, keeping the original in the history (000_c72660e7df92b92e.txt 8.6). */
    @EventType("probation-case.contact.corrected")
    record ContactCorrected(UUID contactId, String reason, ContactType type, Instant occurredAt, ContactOutcome outcome,
            String notes) implements ContactEvent, Judgement {

        @Override
        public String rationale() {
            return reason;
        }
    }
}
