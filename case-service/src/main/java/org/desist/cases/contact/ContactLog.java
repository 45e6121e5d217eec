package org.desist.cases.contact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.contact.ContactEvent.ContactCorrected;
import org.desist.cases.contact.ContactEvent.ContactRecorded;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;

/** A person's contacts as the write side needs them: each contact's current record, by id. */
public record ContactLog(Map<UUID, Contact> contacts) {

    public record Contact(ContactType type, java.time.Instant occurredAt, ContactOutcome outcome, String notes) {
    }

    public static final Aggregate<ContactLog, ContactEvent> AGGREGATE =
            new Aggregate<>(ContactEvent.class, new ContactLog(Map.of()), ContactLog::evolve);

    static ContactLog evolve(ContactLog log, ContactEvent event) {
        Map<UUID, Contact> contacts = new HashMap<>(log.contacts());
        switch (event) {
            case ContactRecorded r -> contacts.put(r.contactId(), new Contact(r.type(), r.occurredAt(), r.outcome(), r.notes()));
            case ContactCorrected c -> contacts.put(c.contactId(), new Contact(c.type(), c.occurredAt(), c.outcome(), c.notes()));
        }
        return new ContactLog(Map.copyOf(contacts));
    }

    static List<ContactEvent> record(RecordContact command, UUID contactId) {
        // 002_d7d6c09e19b6ddeb.txt 7.8: a lone contact is recorded and seen to be part of the plan for the case.
        if (command.loneContact() && command.loneContactReason().isEmpty()) {
            throw new InvalidField("loneContactReason", "required for a lone contact",
                    "a lone contact must say why staff were alone with the person",
                    "002_d7d6c09e19b6ddeb.txt 7.8");
        }
        return List.of(new ContactRecorded(contactId, command.type(), command.occurredAt(), command.outcome(),
                command.notes(), command.loneContact(),
                command.loneContact() ? command.loneContactReason() : Optional.empty()));
    }

    List<ContactEvent> correct(UUID contactId, CorrectContact command) {
        Contact current = Optional.ofNullable(contacts.get(contactId))
                .orElseThrow(() -> new ContactNotFound(contactId));
        return List.of(new ContactCorrected(contactId, command.reason(),
                command.type().orElse(current.type()), command.occurredAt().orElse(current.occurredAt()),
                command.outcome().orElse(current.outcome()), command.notes().orElse(current.notes())));
    }

    static UUID newContactId() {
        return UuidV7.next();
    }
}
