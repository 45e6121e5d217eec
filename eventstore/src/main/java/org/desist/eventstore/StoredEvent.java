package org.desist.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An event as the log holds it: immutable, positioned, versioned within its stream and hash-chained. */
public record StoredEvent(
        long position,
        StreamId stream,
        long version,
        UUID eventId,
        String type,
        int schemaVersion,
        JsonNode payload,
        Actor actor,
        Instant occurredAt,
        Instant recordedAt,
        Optional<String> rationale,
        UUID correlationId,
        Optional<UUID> causationId,
        Optional<EventHash> previousHash,
        EventHash hash) {
}
