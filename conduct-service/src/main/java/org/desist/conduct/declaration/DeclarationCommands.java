package org.desist.conduct.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.desist.conduct.declaration.DeclarationEvent.Conflict;
import org.desist.conduct.declaration.DeclarationEvent.Ending;
import org.desist.conduct.declaration.DeclarationEvent.Relationship;
import org.desist.conduct.declaration.DeclarationEvent.ReviewDecision;
import org.desist.conduct.staff.StaffMember;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.WrongExpectedVersion;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Loaded;
import org.desist.eventstore.command.Versioned;

/**
 * Declarations live in two of the member's streams: what case-service acts on in the published one, the rest in the
 * private one (see {@link Declarations#published}). Their version, the ETag an If-Match sends back, is the sum of the
 * two streams' versions: both only grow, so the sum changes whenever either does.
 */
@ApplicationScoped
public class DeclarationCommands {

    private final CommandHandler commands;
    private final EventStore store;

    DeclarationCommands(CommandHandler commands, EventStore store) {
        this.commands = commands;
        this.store = store;
    }

    @Transactional
    public Versioned<UUID> declareRelationship(String staffId, ExpectedVersion seen, String crn,
            Relationship relationship, String details, CommandMetadata metadata) {
        UUID id = UuidV7.next();
        return new Versioned<>(id, decide(staffId, seen, declarations -> Declarations.declare(id, staffId, crn,
                relationship, details, Instant.now()), metadata));
    }

    @Transactional
    public Versioned<UUID> declareConflict(String staffId, ExpectedVersion seen, Conflict conflict, String details,
            Optional<String> crn, Optional<String> agency, CommandMetadata metadata) {
        UUID id = UuidV7.next();
        return new Versioned<>(id, decide(staffId, seen, declarations -> Declarations.declareConflict(id, staffId,
                conflict, details, crn, agency, Instant.now()), metadata));
    }

    @Transactional
    public long amend(String staffId, UUID declarationId, ExpectedVersion seen, String details, String reason,
            CommandMetadata metadata) {
        return decide(staffId, seen, declarations -> declarations.amend(declarationId, details, reason, Instant.now()),
                metadata);
    }

    @Transactional
    public long review(String staffId, UUID declarationId, ExpectedVersion seen, ReviewDecision decision,
            String rationale, String reviewedBy, CommandMetadata metadata) {
        return decide(staffId, seen, declarations -> declarations.review(declarationId, decision, rationale, reviewedBy),
                metadata);
    }

    @Transactional
    public long end(String staffId, UUID declarationId, ExpectedVersion seen, Ending ending, CommandMetadata metadata) {
        return decide(staffId, seen, declarations -> declarations.end(declarationId, ending), metadata);
    }

    /** The version of the member's declarations now: what a read answers as its ETag. */
    public long version(String staffId) {
        return store.currentVersion(StaffMember.stream(staffId).id())
                + store.currentVersion(StaffMember.privateStream(staffId).id());
    }

    /**
     * Holds both streams, checks the version the caller saw against both, decides on both states together, and
     * appends to the stream the events belong in.
     */
    private long decide(String staffId, ExpectedVersion seen, Function<Declarations, List<DeclarationEvent>> decision,
            CommandMetadata metadata) {
        StreamId publishedStream = StaffMember.stream(staffId);
        StreamId privateStream = StaffMember.privateStream(staffId);
        store.hold(publishedStream);
        store.hold(privateStream);
        Loaded<Declarations> published = commands.load(publishedStream.id(), Declarations.AGGREGATE);
        Loaded<Declarations> kept = commands.load(privateStream.id(), Declarations.AGGREGATE);
        if (!seen.admits(published.version() + kept.version())) {
            throw new WrongExpectedVersion("declarations of " + staffId, seen, published.version() + kept.version());
        }
        List<DeclarationEvent> events = decision.apply(Declarations.combined(published.state(), kept.state()));
        if (events.stream().allMatch(Declarations::published)) {
            return commands.startOrUpdate(publishedStream, Declarations.AGGREGATE, s -> events, metadata).version()
                    + kept.version();
        }
        if (events.stream().noneMatch(Declarations::published)) {
            return published.version()
                    + commands.startOrUpdate(privateStream, Declarations.AGGREGATE, s -> events, metadata).version();
        }
        throw new IllegalStateException("a decision on declarations wrote to both of " + staffId + "'s streams");
    }
}
