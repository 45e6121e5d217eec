package org.desist.cases.person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.access.PersonMatchKey;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.StreamNotFound;
import org.desist.eventstore.WrongExpectedVersion;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;
import org.desist.eventstore.command.Versioned;
import org.desist.eventstore.http.RuleViolated;

/** Registers people on probation and answers for their records. */
@ApplicationScoped
public class PersonRegistration {

    private static final int CRN_ATTEMPTS = 5;

    private final CommandHandler commands;
    private final EventStore store;
    private final EventCodec codec;
    private final PersonMatchKey matchKeys;

    PersonRegistration(CommandHandler commands, EventStore store, EventCodec codec, PersonMatchKey matchKeys) {
        this.commands = commands;
        this.store = store;
        this.codec = codec;
        this.matchKeys = matchKeys;
    }

    /**
     * Registers the person under a new CRN and answers it, with the new record's version. A PNC number names one
     * person, so a second registration with it is refused, naming the record that has it; registrations of one PNC
     * number take turns, so two at once cannot both pass the check.
     */
    public Versioned<String> register(RegisterPerson command, CommandMetadata metadata) {
        for (int attempt = 1;; attempt++) {
            String crn = Crn.next();
            try {
                Decision decision = QuarkusTransaction.requiringNew().call(() -> {
                    command.pncNumber().ifPresent(PersonRegistration::notRegisteredAlready);
                    return commands.create(PersonStreams.of(crn), Person.AGGREGATE,
                            person -> Person.register(person, command, crn, matchKeys.of(command.firstName() + " "
                                    + command.lastName(), command.dateOfBirth())), metadata);
                });
                return new Versioned<>(crn, decision.version());
            } catch (WrongExpectedVersion taken) {
                if (attempt == CRN_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }

    private static void notRegisteredAlready(String pncNumber) {
        String pnc = pncNumber.toUpperCase(Locale.ROOT);
        EntityManager entities = PersonRecord.getEntityManager();
        entities.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('pnc:' || ?1, 0))")
                .setParameter(1, pnc).getSingleResult();
        List<?> existing = entities.createNativeQuery(
                "SELECT crn FROM people WHERE upper(pnc_number) = ?1 AND pnc_number IS NOT NULL LIMIT 1")
                .setParameter(1, pnc).getResultList();
        if (!existing.isEmpty()) {
            throw new RuleViolated("pnc-already-registered", "PNC number " + pncNumber + " is already registered as "
                    + existing.getFirst() + ": add to that person's record rather than registering them again", null);
        }
    }

    /** The person's record as it stood at {@code asOf}, folded from the events recorded by then. */
    public PersonView view(String crn, Instant asOf) {
        List<StoredEvent> events = store.readStream(crn, asOf);
        StoredEvent registration = events.stream().findFirst().orElseThrow(() -> new StreamNotFound(PersonStreams.of(crn)));
        PersonEvent.PersonRegistered registered = codec.decode(registration, PersonEvent.class)
                .map(PersonEvent.PersonRegistered.class::cast)
                .orElseThrow(() -> new StreamNotFound(PersonStreams.of(crn)));
        return new PersonView(crn, registered.firstName(), registered.lastName(), registered.dateOfBirth(),
                registered.sex(), registered.ethnicity(), registered.pncNumber(), registered.equality(),
                registration.recordedAt(), registration.actor().subject(), events.getLast().version());
    }

    public PersonView view(String crn) {
        // The version is the stream's, which every feature's events move, not the registration's.
        return Optional.ofNullable(PersonRecord.<PersonRecord>findById(crn)).map(row -> PersonView.of(row, store.currentVersion(crn)))
                .orElseThrow(() -> new StreamNotFound(PersonStreams.of(crn)));
    }
}
