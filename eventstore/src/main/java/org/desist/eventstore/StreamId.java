package org.desist.eventstore;

import java.util.Objects;

/** A stream of events about one thing, e.g. type {@code person} and id the person's CRN. */
public record StreamId(String type, String id) {

    public StreamId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (type.isBlank() || id.isBlank()) {
            throw new IllegalArgumentException("a stream needs a type and an id");
        }
    }

    public static StreamId of(String type, String id) {
        return new StreamId(type, id);
    }
}
