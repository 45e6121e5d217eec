package org.desist.cases.contact;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.desist.cases.person.PersonRegistration;
import org.desist.cases.person.PersonStreams;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;

/** Records contacts on a person's stream and corrects them. */
@ApplicationScoped
public class ContactRecording {

    private final CommandHandler commands;
    private final PersonRegistration people;

    ContactRecording(CommandHandler commands, PersonRegistration people) {
        this.commands = commands;
        this.people = people;
    }

    public Recorded record(String crn, ExpectedVersion expected, RecordContact command, CommandMetadata metadata) {
        UUID contactId = ContactLog.newContactId();
        Decision decision = commands.update(PersonStreams.of(crn), expected, ContactLog.AGGREGATE,
                log -> ContactLog.record(command, contactId), metadata);
        return new Recorded(contactId, decision.version());
    }

    public Recorded correct(String crn, UUID contactId, ExpectedVersion expected, CorrectContact command,
            CommandMetadata metadata) {
        Decision decision = commands.update(PersonStreams.of(crn), expected, ContactLog.AGGREGATE,
                log -> log.correct(contactId, command), metadata);
        return new Recorded(contactId, decision.version());
    }

    public List<ContactView> contacts(String crn) {
        people.view(crn);
        return ContactRecord.<ContactRecord>list("crn", Sort.descending("occurredAt"), crn).stream()
                .map(ContactView::of).toList();
    }

    /** A recorded contact's id and the person's record version after it (the new ETag). */
    public record Recorded(UUID id, long version) {
    }
}
