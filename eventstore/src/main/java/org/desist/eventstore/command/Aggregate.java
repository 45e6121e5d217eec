package org.desist.eventstore.command;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * How a feature folds its events into state: the sealed interface of its event records, the state before any
 * event, and a pure {@code evolve(state, event)}. Events of other features in the same stream are passed over.
 */
public record Aggregate<S, E>(Class<E> events, S initial, BiFunction<S, E, S> evolve) {

    public Aggregate {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(evolve, "evolve");
        if (!events.isSealed()) {
            throw new IllegalArgumentException(events.getName() + " must be a sealed interface of event records");
        }
    }

    /** The state after these events, folded from the initial one: where a given-events test of a decision starts. */
    public S fold(List<? extends E> events) {
        S state = initial;
        for (E event : events) {
            state = evolve.apply(state, event);
        }
        return state;
    }
}
