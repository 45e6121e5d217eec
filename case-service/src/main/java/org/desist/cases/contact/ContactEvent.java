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

    /**
     * A contact that took place; {@code appointmentId} names the appointment it was the outcome of, and
     * {@code planObjectiveId} the objective of the sentence plan it served (a lone contact's place in the plan, 002 7.8).
     */
    @EventType("probation-case.contact.recorded")
    record ContactRecorded(UUID contactId, ContactType type, Instant occurredAt, ContactOutcome outcome, String notes,
            boolean loneContact, Optional<String> loneContactReason, Optional<UUID> appointmentId,
            Optional<UUID> planObjectiveId) implements ContactEvent, Occurrence {

        public ContactRecorded {
            loneContactReason = loneContactReason == null ? Optional.empty() : loneContactReason;
            appointmentId = appointmentId == null ? Optional.empty() : appointmentId;
            planObjectiveId = planObjectiveId == null ? Optional.empty() : planObjectiveId;
        }
    }

    /** A contact planned for a time; its outcome, when recorded, is a {@link ContactRecorded} naming it. */
    @EventType("probation-case.appointment.scheduled")
    record AppointmentScheduled(UUID contactId, ContactType type, Instant startsAt, Optional<UUID> sentenceId,
            Optional<String> notes) implements ContactEvent {

        public AppointmentScheduled {
            sentenceId = sentenceId == null ? Optional.empty() : sentenceId;
            notes = notes == null ? Optional.empty() : notes;
        }
    }

    /** An appointment moved to another time, and why. */
    @EventType("probation-case.appointment.rescheduled")
    record AppointmentRescheduled(UUID contactId, Instant startsAt, String reason) implements ContactEvent, Judgement {

        @Override
        public String rationale() {
            return reason;
        }
    }

    /** An appointment that will not take place, and why; it can then have no outcome. */
    @EventType("probation-case.appointment.cancelled")
    record AppointmentCancelled(UUID contactId, String reason) implements ContactEvent, Judgement {

        @Override
        public String rationale() {
            return reason;
        }
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
