package org.desist.eventstore.command;

import jakarta.enterprise.context.ApplicationScoped;
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

/**
 * The one way every feature changes state: load the stream, fold it, decide, append with the expected version.
 * {@code decide} returns the new event records or throws an exception named for the rule it refuses.
 */
@ApplicationScoped
public class CommandHandler {

    private final EventStore store;
    private final EventCodec codec;

    CommandHandler(EventStore store, EventCodec codec) {
        this.store = store;
        this.codec = codec;
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
            throw new org.desist.eventstore.WrongExpectedVersion(stream.id(), checked, loaded.version());
        }
        return append(stream, checked, decide.apply(loaded.state()), metadata);
    }

    /**
     * Starts the stream when it is new, or continues it at the version loaded here: for commands that may be a
     * stream's first, such as the first risk judgement about a person. A concurrent writer is still a conflict.
     */
    @Transactional
    public <S, E> Decision startOrUpdate(StreamId stream, Aggregate<S, E> aggregate,
            Function<S, List<? extends E>> decide, CommandMetadata metadata) {
        store.hold(stream);
        Loaded<S> loaded = load(stream.id(), aggregate);
        ExpectedVersion expected = loaded.exists() ? ExpectedVersion.exactly(loaded.version()) : ExpectedVersion.noStream();
        return append(stream, expected, decide.apply(loaded.state()), metadata);
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
        return fold(store.readStream(streamId), aggregate);
    }

    /** The state as it stood at {@code asOf}. */
    public <S, E> Loaded<S> load(String streamId, Aggregate<S, E> aggregate, Instant asOf) {
        return fold(store.readStream(streamId, asOf), aggregate);
    }

    private <S, E> Loaded<S> fold(List<StoredEvent> events, Aggregate<S, E> aggregate) {
        S state = aggregate.initial();
        for (StoredEvent stored : events) {
            E event = codec.decode(stored, aggregate.events()).orElse(null);
            if (event != null) {
                state = aggregate.evolve().apply(state, event);
            }
        }
        return new Loaded<>(state, events.isEmpty() ? 0 : events.getLast().version());
    }

    private Decision append(StreamId stream, ExpectedVersion expected, List<?> events, CommandMetadata metadata) {
        List<StoredEvent> stored = store.append(stream, expected, events.stream().map(codec::encode).toList(), metadata);
        long version = stored.isEmpty() ? Math.max(expected.value(), 0) : stored.getLast().version();
        return new Decision(stored, version);
    }
}
