package org.desist.eventstore.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;

/**
 * One stream's history, read once, folded into as many features' states as a decision needs: a command that weighs
 * contacts, sentences and enforcement together reads the person's events one time, not three — and, with the
 * {@link StateCache}, only the events since each state was last folded.
 */
public final class History {

    private final String stream;
    private final EventStore store;
    private final EventCodec codec;
    private final StateCache cache;
    private final Map<Aggregate<?, ?>, Object> folded = new HashMap<>();
    /** The events read so far: every version after {@code readAfter}, contiguous and in order. */
    private List<StoredEvent> read;
    private long readAfter;

    History(String stream, EventStore store, EventCodec codec, StateCache cache) {
        this.stream = stream;
        this.store = store;
        this.codec = codec;
        this.cache = cache;
    }

    /** The feature's state as the stream now stands. */
    @SuppressWarnings("unchecked")
    public <S, E> S state(Aggregate<S, E> aggregate) {
        Object state = folded.get(aggregate);
        if (state == null) {
            state = fold(aggregate);
            folded.put(aggregate, state);
        }
        return (S) state;
    }

    /** The stream's version: 0 when it has no events. Asked before any state, it reads the head, not the events. */
    public long version() {
        if (read == null) {
            return store.currentVersion(stream);
        }
        return read.isEmpty() ? readAfter : read.getLast().version();
    }

    public boolean exists() {
        return version() > 0;
    }

    private <S, E> S fold(Aggregate<S, E> aggregate) {
        Optional<StateCache.Folded<S>> cached = cache.get(stream, aggregate);
        long from = cached.map(StateCache.Folded::version).orElse(0L);
        List<StoredEvent> events = after(from);
        List<E> decoded = new ArrayList<>();
        for (StoredEvent stored : events) {
            codec.decode(stored, aggregate.events()).ifPresent(decoded::add);
        }
        S state = aggregate.fold(cached.map(StateCache.Folded::state).orElse(aggregate.initial()), decoded);
        long version = events.isEmpty() ? from : events.getLast().version();
        if (version > from) {
            cache.offer(stream, aggregate, state, version);
        }
        return state;
    }

    /** The events after {@code version}, reading from the store only what has not been read yet. */
    private List<StoredEvent> after(long version) {
        if (read == null) {
            read = store.readStreamAfter(stream, version);
            readAfter = version;
        } else if (version < readAfter) {
            List<StoredEvent> earlier = new ArrayList<>(store.readStreamBetween(stream, version, readAfter));
            earlier.addAll(read);
            read = earlier;
            readAfter = version;
        }
        int skip = (int) Math.min(read.size(), version - readAfter);
        return read.subList(skip, read.size());
    }
}
