package org.desist.cases.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.Actor;
import org.desist.eventstore.StoredEvent;

/** One event of a person's record as its history shows it: what, when, who, and why. */
public record HistoryEntry(long version, UUID eventId, String type, Instant occurredAt, Instant recordedAt, Actor actor,
        Optional<String> rationale, UUID correlationId, Optional<UUID> causationId, JsonNode data) {

    static HistoryEntry of(StoredEvent event) {
        return new HistoryEntry(event.version(), event.eventId(), event.type(), event.occurredAt(), event.recordedAt(),
                event.actor(), event.rationale(), event.correlationId(), event.causationId(), event.payload());
    }
}
