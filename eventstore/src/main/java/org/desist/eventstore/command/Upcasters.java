package org.desist.eventstore.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The service's {@link Upcaster}s, by event type and the version each reads: for its own stored events
 * ({@link EventCodec}) and for events it consumes from other services, whose producers may move to a new schema
 * version before this service does.
 */
@ApplicationScoped
public class Upcasters {

    private final Map<String, Upcaster> steps;

    Upcasters(@Any Instance<Upcaster> upcasters) {
        this.steps = upcasters.stream().collect(Collectors.toUnmodifiableMap(u -> step(u.type(), u.fromVersion()),
                Function.identity()));
    }

    /** The upcaster that reads {@code type} at {@code version} as the next version, if the service has one. */
    public Optional<Upcaster> from(String type, int version) {
        return Optional.ofNullable(steps.get(step(type, version)));
    }

    /** A consumed event's data read as the latest version this service knows, and that version. */
    public Upcast latest(String type, int version, JsonNode data) {
        if (from(type, version).isEmpty() || !data.isObject()) {
            return new Upcast(data, version);
        }
        ObjectNode payload = data.deepCopy();
        int at = version;
        for (Optional<Upcaster> next = from(type, at); next.isPresent(); next = from(type, ++at)) {
            payload = next.get().upcast(payload);
        }
        return new Upcast(payload, at);
    }

    public record Upcast(JsonNode data, int version) {
    }

    private static String step(String type, int fromVersion) {
        return type + "@" + fromVersion;
    }
}
