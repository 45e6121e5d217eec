package org.desist.cases.contact;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.contact.ContactEvent.AppointmentCancelled;
import org.desist.cases.contact.ContactEvent.AppointmentRescheduled;
import org.desist.cases.contact.ContactEvent.AppointmentScheduled;
import org.desist.cases.contact.ContactEvent.ContactCorrected;
import org.desist.cases.contact.ContactEvent.ContactRecorded;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.RuleViolated;

/** A person's contacts and appointments as the write side needs them. */
public record ContactLog(Map<UUID, Contact> contacts, Map<UUID, Appointment> appointments) {

    /** A contact as it now stands; {@code appointmentId} the appointment it was the outcome of. */
    public record Contact(ContactType type, Instant occurredAt, ContactOutcome outcome, String notes,
            Optional<UUID> appointmentId) {
    }

    /** An appointment: its outcome once recorded, or why it was cancelled. */
    public record Appointment(ContactType type, Instant startsAt, Optional<UUID> sentenceId, Optional<UUID> outcome,
            Optional<String> cancelled) {

        Appointment withStart(Instant start) {
            return new Appointment(type, start, sentenceId, outcome, cancelled);
        }
    }

    public static final Aggregate<ContactLog, ContactEvent> AGGREGATE = new Aggregate<>(ContactEvent.class,
            new ContactLog(Map.of(), Map.of()), ContactLog::evolve, ContactLog::evolveAll);

    static ContactLog evolve(ContactLog log, ContactEvent event) {
        return evolveAll(log, List.of(event));
    }

    /** The events applied in order to copies of the maps, copied once: years of contacts fold in linear time. */
    static ContactLog evolveAll(ContactLog log, List<ContactEvent> events) {
        Map<UUID, Contact> contacts = new HashMap<>(log.contacts());
        Map<UUID, Appointment> appointments = new HashMap<>(log.appointments());
        for (ContactEvent event : events) {
            switch (event) {
                case ContactRecorded r -> {
                    contacts.put(r.contactId(), new Contact(r.type(), r.occurredAt(), r.outcome(), r.notes(),
                            r.appointmentId()));
                    r.appointmentId().ifPresent(id -> appointments.computeIfPresent(id, (key, a) -> new Appointment(
                            a.type(), a.startsAt(), a.sentenceId(), Optional.of(r.contactId()), a.cancelled())));
                }
                case ContactCorrected c -> contacts.computeIfPresent(c.contactId(), (id, was) -> new Contact(c.type(),
                        c.occurredAt(), c.outcome(), c.notes(), was.appointmentId()));
                case AppointmentScheduled s -> appointments.put(s.contactId(),
                        new Appointment(s.type(), s.startsAt(), s.sentenceId(), Optional.empty(), Optional.empty()));
                case AppointmentRescheduled r -> appointments.computeIfPresent(r.contactId(),
                        (id, a) -> a.withStart(r.startsAt()));
                case AppointmentCancelled c -> appointments.computeIfPresent(c.contactId(), (id, a) -> new Appointment(
                        a.type(), a.startsAt(), a.sentenceId(), a.outcome(), Optional.of(c.reason())));
            }
        }
        return new ContactLog(Map.copyOf(contacts), Map.copyOf(appointments));
    }

    static List<ContactEvent> record(RecordContact command, UUID contactId) {
        acceptableAbsenceHasItsReason(command.outcome(), command.notes(), "notes");
        // 002_d7d6c09e19b6ddeb.txt 7.8: a lone contact is recorded and seen to be part of the plan for the case.
        if (command.loneContact() && command.loneContactReason().isEmpty()) {
            throw new InvalidField("loneContactReason", "required for a lone contact",
                    "a lone contact must say why staff were alone with the person",
                    "002_d7d6c09e19b6ddeb.txt 7.8");
        }
        return List.of(new ContactRecorded(contactId, command.type(), command.occurredAt(), command.outcome(),
                command.notes(), command.loneContact(),
                command.loneContact() ? command.loneContactReason() : Optional.empty(), Optional.empty(),
                command.planObjectiveId()));
    }

    static List<ContactEvent> giftOfferDeclined(UUID contactId, String staffId, String description,
            java.math.BigDecimal value, Instant offeredAt) {
        return List.of(new ContactRecorded(contactId, ContactType.OTHER, offeredAt, ContactOutcome.NOT_APPLICABLE,
                "Gift or hospitality offered to " + staffId + ": " + description + " (value " + value.toPlainString()
                        + "), declined: staff accept no gift or money from a person on probation "
                        + "(002_d7d6c09e19b6ddeb.txt 7.4)", false, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    List<ContactEvent> correct(UUID contactId, CorrectContact command) {
        Contact current = Optional.ofNullable(contacts.get(contactId))
                .orElseThrow(() -> new ContactNotFound(contactId));
        command.outcome().ifPresent(outcome -> acceptableAbsenceHasItsReason(outcome, command.reason(), "reason"));
        return List.of(new ContactCorrected(contactId, command.reason(),
                command.type().orElse(current.type()), command.occurredAt().orElse(current.occurredAt()),
                command.outcome().orElse(current.outcome()), command.notes().orElse(current.notes())));
    }

    static List<ContactEvent> schedule(ScheduleAppointment command, UUID appointmentId) {
        return List.of(new AppointmentScheduled(appointmentId, command.type(), command.startsAt(), command.sentenceId(),
                command.notes()));
    }

    /**
     * What came of an appointment, once its time has come: an appointment not yet held cannot have been missed (nor
     * kept), so an outcome before its start is refused; an appointment moved or called off is rescheduled or cancelled
     * instead, with a reason.
     */
    List<ContactEvent> recordOutcome(UUID appointmentId, RecordOutcome command, UUID contactId, Instant now) {
        Appointment appointment = open(appointmentId);
        if (appointment.startsAt().isAfter(now)) {
            throw new RuleViolated("appointment-not-yet-held", "appointment " + appointmentId + " starts at "
                    + appointment.startsAt() + ": its outcome can be recorded from then on; if it has moved or will not "
                    + "take place, reschedule or cancel it with a reason", null);
        }
        acceptableAbsenceHasItsReason(command.outcome(), command.notes().orElse(""), "notes");
        return List.of(new ContactRecorded(contactId, appointment.type(), appointment.startsAt(), command.outcome(),
                command.notes().orElse(""), false, Optional.empty(), Optional.of(appointmentId), Optional.empty()));
    }

    List<ContactEvent> reschedule(UUID appointmentId, Instant startsAt, String reason) {
        open(appointmentId);
        return List.of(new AppointmentRescheduled(appointmentId, startsAt, reason));
    }

    List<ContactEvent> cancel(UUID appointmentId, String reason) {
        open(appointmentId);
        return List.of(new AppointmentCancelled(appointmentId, reason));
    }

    /** An appointment still to be held or answered for: neither with an outcome nor cancelled. */
    private Appointment open(UUID appointmentId) {
        Appointment appointment = Optional.ofNullable(appointments.get(appointmentId))
                .orElseThrow(() -> new ContactNotFound(appointmentId));
        if (appointment.outcome().isPresent()) {
            throw new RuleViolated("outcome-already-recorded", "appointment " + appointmentId
                    + " already has its outcome: correct that contact instead", "000_c72660e7df92b92e.txt 8.6");
        }
        if (appointment.cancelled().isPresent()) {
            throw new RuleViolated("appointment-cancelled", "appointment " + appointmentId + " was cancelled ("
                    + appointment.cancelled().get() + "): book a new one", null);
        }
        return appointment;
    }

    /** An absence is acceptable for a reason, and the record says which: it is what keeps it from enforcement. */
    private static void acceptableAbsenceHasItsReason(ContactOutcome outcome, String reason, String field) {
        if (outcome == ContactOutcome.ACCEPTABLE_ABSENCE && reason.isBlank()) {
            throw new InvalidField(field, "required for an acceptable absence",
                    "an acceptable absence needs its reason (e.g. \"medical certificate seen\")", null);
        }
    }
}
