package org.desist.eventstore.command;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * How a feature folds its events into state: the sealed interface of its event records, the state before any
 * event, and a pure {@code evolve(state, event)}. Events of other features in the same stream are passed over.
 * {@code evolveAll}, when given, folds a run of events at once with the same result as evolving them one by one:
 * for a state of collections, so that a long history copies them once rather than once an event.
 */
public record Aggregate<S, E>(Class<E> events, S initial, BiFunction<S, E, S> evolve,
        BiFunction<S, List<E>, S> evolveAll) {

    public Aggregate {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(evolve, "evolve");
        if (!events.isSealed()) {
            throw new IllegalArgumentException(events.getName() + " must be a sealed interface of event records");
        }
    }

    public Aggregate(Class<E> events, S initial, BiFunction<S, E, S> evolve) {
        this(events, initial, evolve, null);
    }

    /** The state after the events, in order. */
    public S fold(S state, List<E> events) {
        if (evolveAll != null) {
            return events.isEmpty() ? state : evolveAll.apply(state, events);
        }
        S folded = state;
        for (E event : events) {
            folded = evolve.apply(folded, event);
        }
        return folded;
    }

    // An aggregate is one constant of its feature: identity, not its parts, tells two apart (a cache key).
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The state after these events, folded from the initial one: where a given-events test of a decision starts. */
    public S fold(List<? extends E> events) {
        return fold(initial, List.copyOf(events));
    }
}
