package org.desist.eventstore;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What accompanies every command into the log: who asked, and how it relates to other events.
 * {@code causationId} is the consumed event that led to this command, when there was one.
 */
public record CommandMetadata(Actor actor, UUID correlationId, Optional<UUID> causationId) {

    public CommandMetadata {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(correlationId, "correlationId");
        causationId = causationId == null ? Optional.empty() : causationId;
    }

    public static CommandMetadata by(Actor actor) {
        return new CommandMetadata(actor, UuidV7.next(), Optional.empty());
    }

    /** A command caused by an event consumed from another service keeps that event's correlation. */
    public static CommandMetadata causedBy(Actor actor, UUID causingEventId, UUID correlationId) {
        return new CommandMetadata(actor, correlationId, Optional.of(causingEventId));
    }
}
