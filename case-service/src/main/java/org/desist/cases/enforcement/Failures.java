package org.desist.cases.enforcement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.contact.ContactLog;
import org.desist.cases.contact.ContactOutcome;
import org.desist.cases.sentence.Sentences;

/**
 * A person's failures to comply as the record now stands: contacts whose outcome, as recorded or last corrected, is a
 * failure to attend or an unacceptable absence, each against the order or licence in force when it happened. A
 * failure when no order or licence was in force is not one enforcement can act on.
 */
final class Failures {

    private Failures() {
    }

    static boolean enforceable(ContactOutcome outcome) {
        return outcome == ContactOutcome.FAILED_TO_ATTEND || outcome == ContactOutcome.UNACCEPTABLE_ABSENCE;
    }

    static List<Failure> of(ContactLog contacts, Sentences sentences) {
        return contacts.contacts().entrySet().stream()
                .filter(e -> enforceable(e.getValue().outcome()))
                .flatMap(e -> against(e.getKey(), e.getValue(), contacts, sentences).stream())
                .toList();
    }

    private static Optional<Failure> against(UUID contactId, ContactLog.Contact contact, ContactLog contacts,
            Sentences sentences) {
        LocalDate day = LocalDate.ofInstant(contact.occurredAt(), ZoneOffset.UTC);
        Optional<UUID> named = contact.appointmentId().map(contacts.appointments()::get)
                .flatMap(ContactLog.Appointment::sentenceId);
        return sentences.inForceOn(day, named).map(sentenceId -> new Failure(contactId, contact.occurredAt(),
                sentenceId, sentences.find(sentenceId).map(Sentences.Sentence::active).orElse(false)));
    }
}
