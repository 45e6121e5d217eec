package org.desist.eventstore.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.StreamNotFound;
import org.desist.eventstore.WrongExpectedVersion;

/**
 * The one way every feature changes state: load the stream, fold it, decide, append with the expected version.
 * {@code decide} returns the new event records or throws an exception named for the rule it refuses. Each appended
 * event is then handed to the {@link Policy policies} of its family, in the same transaction.
 */
@ApplicationScoped
public class CommandHandler {

    /** Policies that react to policies' events: deeper than this is a loop between rules, not a decision. */
    private static final int DEEPEST_REACTION = 8;
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final EventStore store;
    private final EventCodec codec;
    private final StateCache cache;
    private final Instance<Policy<?>> policies;

    CommandHandler(EventStore store, EventCodec codec, StateCache cache, @Any Instance<Policy<?>> policies) {
        this.store = store;
        this.codec = codec;
        this.cache = cache;
        this.policies = policies;
    }

    /** Starts a stream; a stream that already exists is a conflict. */
    @Transactional
    public <S, E> Decision create(StreamId stream, Aggregate<S, E> aggregate, Function<S, List<? extends E>> decide,
            CommandMetadata metadata) {
        return append(stream, ExpectedVersion.noStream(), decide.apply(aggregate.initial()), metadata);
    }

    /**
     * Changes an existing stream. {@code expected} is the version the caller last saw (If-Match), and a stream since
     * changed is a conflict; without one, the stream is held for the transaction and the command decides on its
     * latest state, so a concurrent writer (a consumer) delays the command instead of failing it.
     */
    @Transactional
    public <S, E> Decision update(StreamId stream, ExpectedVersion expected, Aggregate<S, E> aggregate,
            Function<S, List<? extends E>> decide, CommandMetadata metadata) {
        if (expected.isAny()) {
            // Without a version from the caller, a background writer of the same stream (a consumer) must not make
            // the command fail: hold the stream, then decide on what it holds.
            store.hold(stream);
        }
        Loaded<S> loaded = load(stream.id(), aggregate);
        if (!loaded.exists()) {
            throw new StreamNotFound(stream);
        }
        ExpectedVersion checked = expected.isAny() ? ExpectedVersion.exactly(loaded.version()) : expected;
        if (!checked.admits(loaded.version())) {
            throw new WrongExpectedVersion(stream.id(), checked, loaded.version());
        }
        return append(stream, checked, decide.apply(loaded.state()), metadata);
    }

    /**
     * Changes an existing stream on a decision that weighs several features' states: the stream is read once and
     * handed to {@code decide} as a {@link History}. Versions and holding as for {@link #update(StreamId,
     * ExpectedVersion, Aggregate, Function, CommandMetadata)}.
     */
    @Transactional
    public Decision update(StreamId stream, ExpectedVersion expected, Function<History, List<?>> decide,
            CommandMetadata metadata) {
        if (expected.isAny()) {
            store.hold(stream);
        }
        History history = history(stream.id());
        if (!history.exists()) {
            throw new StreamNotFound(stream);
        }
        ExpectedVersion checked = expected.isAny() ? ExpectedVersion.exactly(history.version()) : expected;
        if (!checked.admits(history.version())) {
            throw new WrongExpectedVersion(stream.id(), checked, history.version());
        }
        return append(stream, checked, decide.apply(history), metadata);
    }

    /** A stream's history, to fold into the states a decision needs; each event is read at most once. */
    public History history(String streamId) {
        return new History(streamId, store, codec, cache);
    }

    /**
     * Starts the stream when it is new, or continues it at the version loaded here: for commands that may be a
     * stream's first, such as the first risk judgement about a person. A concurrent writer is still a conflict.
     */
    @Transactional
    public <S, E> Decision startOrUpdate(StreamId stream, Aggregate<S, E> aggregate,
            Function<S, List<? extends E>> decide, CommandMetadata metadata) {
        return startOrUpdate(stream, ExpectedVersion.any(), aggregate, decide, metadata);
    }

    /**
     * As {@link #startOrUpdate(StreamId, Aggregate, Function, CommandMetadata)}, checking the version the caller last
     * saw (If-Match) first: {@code 0} for a stream not started yet, as an empty stream's ETag says.
     */
    @Transactional
    public <S, E> Decision startOrUpdate(StreamId stream, ExpectedVersion seen, Aggregate<S, E> aggregate,
            Function<S, List<? extends E>> decide, CommandMetadata metadata) {
        store.hold(stream);
        Loaded<S> loaded = load(stream.id(), aggregate);
        if (!seen.admits(loaded.version())) {
            throw new WrongExpectedVersion(stream.id(), seen, loaded.version());
        }
        ExpectedVersion expected = loaded.exists() ? ExpectedVersion.exactly(loaded.version()) : ExpectedVersion.noStream();
        return append(stream, expected, decide.apply(loaded.state()), metadata);
    }

    /**
     * Starts or continues a stream on a decision that weighs several features' states, read once as a {@link History}:
     * for a reaction that may be a stream's first. The stream is held for the transaction; nothing is appended when
     * {@code decide} returns no events.
     */
    @Transactional
    public Decision startOrUpdate(StreamId stream, Function<History, List<?>> decide, CommandMetadata metadata) {
        store.hold(stream);
        History history = history(stream.id());
        List<?> events = decide.apply(history);
        if (events.isEmpty()) {
            return new Decision(List.of(), history.version());
        }
        ExpectedVersion expected = history.exists() ? ExpectedVersion.exactly(history.version()) : ExpectedVersion.noStream();
        return append(stream, expected, events, metadata);
    }

    /**
     * The state of a stream that must exist, as it stands or, with {@code asOf}, as it stood then: what a view
     * answers ({@code ?asOf=}), a 404 problem when there is no such stream (or none yet at {@code asOf}).
     */
    public <S, E> S view(StreamId stream, Aggregate<S, E> aggregate, Optional<Instant> asOf) {
        Loaded<S> loaded = asOf.map(at -> load(stream.id(), aggregate, at)).orElseGet(() -> load(stream.id(), aggregate));
        if (!loaded.exists()) {
            throw new StreamNotFound(stream);
        }
        return loaded.state();
    }

    public <S, E> Loaded<S> load(String streamId, Aggregate<S, E> aggregate) {
        History history = history(streamId);
        S state = history.state(aggregate);
        return new Loaded<>(state, history.version());
    }

    /** The state as it stood at {@code asOf}. */
    public <S, E> Loaded<S> load(String streamId, Aggregate<S, E> aggregate, Instant asOf) {
        return fold(store.readStream(streamId, asOf), aggregate);
    }

    private <S, E> Loaded<S> fold(List<StoredEvent> events, Aggregate<S, E> aggregate) {
        List<E> decoded = new java.util.ArrayList<>();
        for (StoredEvent stored : events) {
            codec.decode(stored, aggregate.events()).ifPresent(decoded::add);
        }
        return new Loaded<>(aggregate.fold(aggregate.initial(), decoded), events.isEmpty() ? 0 : events.getLast().version());
    }

    /** Appends, then lets the policies react; the version answered is the stream's after their reactions too. */
    private Decision append(StreamId stream, ExpectedVersion expected, List<?> events, CommandMetadata metadata) {
        List<StoredEvent> stored = store.append(stream, expected, events.stream().map(codec::encode).toList(), metadata);
        long version = stored.isEmpty() ? Math.max(expected.value(), 0) : stored.getLast().version();
        if (react(stored, metadata)) {
            version = store.currentVersion(stream.id());
        }
        return new Decision(stored, version);
    }

    private boolean react(List<StoredEvent> stored, CommandMetadata metadata) {
        if (stored.isEmpty() || policies.isUnsatisfied()) {
            return false;
        }
        int[] depth = DEPTH.get();
        if (depth[0] >= DEEPEST_REACTION) {
            throw new IllegalStateException("policies reacted to each other " + DEEPEST_REACTION + " deep, at "
                    + stored.getFirst().type() + ": a loop between rules");
        }
        depth[0]++;
        try {
            boolean reacted = false;
            for (StoredEvent event : stored) {
                CommandMetadata caused = new CommandMetadata(metadata.actor(), metadata.correlationId(),
                        Optional.of(event.eventId()));
                for (Policy<?> policy : policies) {
                    reacted |= reactTo(policy, event, caused);
                }
            }
            return reacted;
        } finally {
            depth[0]--;
        }
    }

    private <E> boolean reactTo(Policy<E> policy, StoredEvent stored, CommandMetadata caused) {
        Optional<E> event = codec.decodeAppended(stored, policy.family());
        event.ifPresent(e -> policy.react(stored, e, caused));
        return event.isPresent();
    }
}
