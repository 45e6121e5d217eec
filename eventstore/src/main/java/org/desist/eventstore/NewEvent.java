package org.desist.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An event about to be appended: its type, schema version, JSON payload, when it happened and, for judgements, why. */
public record NewEvent(String type, int schemaVersion, JsonNode payload, Instant occurredAt, Optional<String> rationale) {

    public NewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(occurredAt, "occurredAt");
        rationale = rationale == null ? Optional.empty() : rationale;
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schema versions start at 1");
        }
    }
}
