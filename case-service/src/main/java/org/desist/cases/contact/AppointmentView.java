package org.desist.cases.contact;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An appointment as {@code GET /people/{crn}/appointments} shows it, with its outcome once recorded. */
public record AppointmentView(UUID appointmentId, ContactType type, Instant startsAt, Optional<UUID> sentenceId,
        Optional<UUID> contactId, Optional<ContactOutcome> outcome, Optional<String> cancelledBecause) {

    static AppointmentView of(UUID id, ContactLog.Appointment appointment, ContactLog log) {
        Optional<ContactOutcome> outcome = appointment.outcome().map(log.contacts()::get).map(ContactLog.Contact::outcome);
        return new AppointmentView(id, appointment.type(), appointment.startsAt(), appointment.sentenceId(),
                appointment.outcome(), outcome, appointment.cancelled());
    }
}
