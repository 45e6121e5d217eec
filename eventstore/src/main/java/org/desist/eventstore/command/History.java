package org.desist.eventstore.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.desist.eventstore.StoredEvent;

/**
 * One stream's events, read once, folded into as many features' states as a decision needs: a command that weighs
 * contacts, sentences and enforcement together reads the person's history one time, not three.
 */
public final class History {

    private final List<StoredEvent> events;
    private final EventCodec codec;
    private final Map<Aggregate<?, ?>, Object> folded = new HashMap<>();

    History(List<StoredEvent> events, EventCodec codec) {
        this.events = List.copyOf(events);
        this.codec = codec;
    }

    /** The feature's state from this history; folded once per aggregate. */
    @SuppressWarnings("unchecked")
    public <S, E> S state(Aggregate<S, E> aggregate) {
        return (S) folded.computeIfAbsent(aggregate, a -> fold(aggregate));
    }

    public long version() {
        return events.isEmpty() ? 0 : events.getLast().version();
    }

    public boolean exists() {
        return !events.isEmpty();
    }

    private <S, E> S fold(Aggregate<S, E> aggregate) {
        S state = aggregate.initial();
        for (StoredEvent stored : events) {
            E event = codec.decode(stored, aggregate.events()).orElse(null);
            if (event != null) {
                state = aggregate.evolve().apply(state, event);
            }
        }
        return state;
    }
}
