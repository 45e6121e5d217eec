package org.desist.cases.contact;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.person.PersonRegistration;
import org.desist.cases.person.PersonStreams;
import org.desist.cases.plan.SentencePlan;
import org.desist.cases.sentence.Sentences;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.StreamNotFound;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.command.History;
import org.desist.eventstore.http.InvalidField;

/**
 * Records contacts and appointments on a person's stream and corrects them; enforcement reacts to the failures among
 * them through its own policy, in the same transaction.
 */
@ApplicationScoped
public class ContactRecording {

    private final CommandHandler commands;
    private final PersonRegistration people;
    private final EventCodec codec;
    private final EventStore store;

    ContactRecording(CommandHandler commands, PersonRegistration people, EventCodec codec, EventStore store) {
        this.store = store;
        this.commands = commands;
        this.people = people;
        this.codec = codec;
    }

    public Recorded record(String crn, ExpectedVersion expected, RecordContact command, CommandMetadata metadata) {
        UUID contactId = UuidV7.next();
        Decision decision = commands.update(PersonStreams.of(crn), expected, (History history) -> {
            command.planObjectiveId().ifPresent(objective -> {
                if (!history.state(SentencePlan.AGGREGATE).hasObjective(objective)) {
                    throw new InvalidField("planObjectiveId", "an objective of this person's sentence plan",
                            "no objective " + objective + " is in the sentence plan of " + crn,
                            "002_d7d6c09e19b6ddeb.txt 7.8");
                }
            });
            return ContactLog.record(command, contactId);
        }, metadata);
        return new Recorded(contactId, decision.version());
    }

    @Transactional
    public Recorded correct(String crn, UUID contactId, ExpectedVersion expected, CorrectContact command,
            CommandMetadata metadata) {
        Decision decision = commands.update(PersonStreams.of(crn), expected, ContactLog.AGGREGATE,
                log -> log.correct(contactId, command), metadata);
        return new Recorded(contactId, decision.version());
    }

    public Recorded schedule(String crn, ExpectedVersion expected, ScheduleAppointment command,
            CommandMetadata metadata) {
        UUID appointmentId = UuidV7.next();
        Decision decision = commands.update(PersonStreams.of(crn), expected, (History history) -> {
            command.sentenceId().ifPresent(sentenceId -> {
                if (history.state(Sentences.AGGREGATE).find(sentenceId).isEmpty()) {
                    throw new InvalidField("sentenceId", "a sentence on this person's record",
                            "no sentence " + sentenceId + " is on the record of " + crn, null);
                }
            });
            return ContactLog.schedule(command, appointmentId);
        }, metadata);
        return new Recorded(appointmentId, decision.version());
    }

    @Transactional
    public Recorded recordOutcome(String crn, UUID appointmentId, ExpectedVersion expected, RecordOutcome command,
            CommandMetadata metadata) {
        UUID contactId = UuidV7.next();
        Decision decision = commands.update(PersonStreams.of(crn), expected, ContactLog.AGGREGATE,
                log -> log.recordOutcome(appointmentId, command, contactId, Instant.now()), metadata);
        return new Recorded(contactId, decision.version());
    }

    @Transactional
    public Recorded reschedule(String crn, UUID appointmentId, ExpectedVersion expected, RescheduleAppointment command,
            CommandMetadata metadata) {
        Decision decision = commands.update(PersonStreams.of(crn), expected, ContactLog.AGGREGATE,
                log -> log.reschedule(appointmentId, command.startsAt(), command.reason()), metadata);
        return new Recorded(appointmentId, decision.version());
    }

    @Transactional
    public Recorded cancel(String crn, UUID appointmentId, ExpectedVersion expected, CancelAppointment command,
            CommandMetadata metadata) {
        Decision decision = commands.update(PersonStreams.of(crn), expected, ContactLog.AGGREGATE,
                log -> log.cancel(appointmentId, command.reason()), metadata);
        return new Recorded(appointmentId, decision.version());
    }

    /** 002_d7d6c09e19b6ddeb.txt 7.4: a gift offered by a person on probation is declined and goes on their contact log. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordGiftOfferDeclined(String crn, String staffId, String description, java.math.BigDecimal value,
            Instant offeredAt, CommandMetadata metadata) {
        UUID contactId = UuidV7.next();
        commands.update(PersonStreams.of(crn), ExpectedVersion.any(), ContactLog.AGGREGATE,
                log -> ContactLog.giftOfferDeclined(contactId, staffId, description, value, offeredAt), metadata);
    }

    /** The contacts as they stood at {@code asOf}. */
    public List<ContactView> contacts(String crn, Instant asOf) {
        List<StoredEvent> events = store.readStream(crn, asOf);
        if (events.isEmpty()) {
            throw new StreamNotFound(PersonStreams.of(crn));
        }
        return ContactHistory.fold(events, codec);
    }

    public List<ContactView> contacts(String crn) {
        people.view(crn);
        return ContactRecord.<ContactRecord>list("crn", Sort.descending("occurredAt"), crn).stream()
                .map(ContactView::of).toList();
    }

    public List<AppointmentView> appointments(String crn, Optional<Instant> asOf) {
        ContactLog log = commands.view(PersonStreams.of(crn), ContactLog.AGGREGATE, asOf);
        return log.appointments().entrySet().stream()
                .map(e -> AppointmentView.of(e.getKey(), e.getValue(), log))
                .sorted(java.util.Comparator.comparing(AppointmentView::startsAt)).toList();
    }

    /** A recorded contact's (or appointment's) id and the person's record version after it (the new ETag). */
    public record Recorded(UUID id, long version) {
    }
}
