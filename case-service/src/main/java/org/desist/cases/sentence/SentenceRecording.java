package org.desist.cases.sentence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.person.PersonStreams;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.UuidV7;
import org.desist.cases.person.Person;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.History;
import org.desist.eventstore.command.Versioned;
import org.desist.reference.OffenceCodes;

/** Records sentences from courts' outcomes, their requirements' completion and their termination. */
@ApplicationScoped
public class SentenceRecording {

    private final CommandHandler commands;

    SentenceRecording(CommandHandler commands) {
        this.commands = commands;
    }

    /** Schedules release on licence; victims in the contact scheme are then owed the date and the conditions (003). */
    public long scheduleRelease(String crn, UUID sentenceId, ExpectedVersion expected, ScheduleRelease command,
            CommandMetadata metadata) {
        return commands.update(PersonStreams.of(crn), expected, Sentences.AGGREGATE,
                sentences -> sentences.scheduleRelease(sentenceId, command), metadata).version();
    }

    public Versioned<UUID> record(String crn, ExpectedVersion expected, RecordSentence command, CommandMetadata metadata) {
        UUID sentenceId = UuidV7.next();
        return new Versioned<>(sentenceId, commands.update(PersonStreams.of(crn), expected, (History history) ->
                Sentences.record(command, sentenceId, OffenceCodes.table(), history.state(Person.AGGREGATE)), metadata)
                .version());
    }

    public long terminate(String crn, UUID sentenceId, ExpectedVersion expected, TerminateOrder command,
            CommandMetadata metadata) {
        return commands.update(PersonStreams.of(crn), expected, Sentences.AGGREGATE,
                sentences -> sentences.terminate(sentenceId, command), metadata).version();
    }

    public long addRequirement(String crn, UUID sentenceId, ExpectedVersion expected, RecordSentence.Requirement requirement,
            CommandMetadata metadata) {
        return commands.update(PersonStreams.of(crn), expected, Sentences.AGGREGATE,
                sentences -> sentences.addRequirement(sentenceId, requirement), metadata).version();
    }

    public long recall(String crn, UUID sentenceId, ExpectedVersion expected, Recall command, CommandMetadata metadata) {
        return commands.update(PersonStreams.of(crn), expected, Sentences.AGGREGATE,
                sentences -> sentences.recall(sentenceId, command.recalledOn(), command.rationale()), metadata).version();
    }

    public long logUnpaidWork(String crn, UUID sentenceId, ExpectedVersion expected, LogUnpaidWork command,
            CommandMetadata metadata) {
        return commands.update(PersonStreams.of(crn), expected, Sentences.AGGREGATE,
                sentences -> sentences.logUnpaidWork(sentenceId, command), metadata).version();
    }

    public long completeRequirement(String crn, UUID sentenceId, UUID requirementId, ExpectedVersion expected,
            java.time.LocalDate completedOn, CommandMetadata metadata) {
        return commands.update(PersonStreams.of(crn), expected, Sentences.AGGREGATE,
                sentences -> sentences.completeRequirement(sentenceId, requirementId, completedOn), metadata).version();
    }

    /** The person's sentences, now or as the record stood at {@code asOf}. */
    public List<SentenceView> sentences(String crn, Optional<Instant> asOf) {
        return load(crn, asOf).byId().values().stream().map(sentence -> SentenceView.of(sentence, asOf)).toList();
    }

    public Sentences load(String crn, Optional<Instant> asOf) {
        return commands.view(PersonStreams.of(crn), Sentences.AGGREGATE, asOf);
    }
}
