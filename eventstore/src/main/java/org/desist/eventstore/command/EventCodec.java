package org.desist.eventstore.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.NewEvent;
import org.desist.eventstore.StoredEvent;

/** Turns event records into stored JSON and back, by their {@link EventType} names. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper json;
    private final Map<Class<?>, Map<String, Class<?>>> familyTypes = new ConcurrentHashMap<>();

    EventCodec(ObjectMapper json) {
        this.json = json;
    }

    public NewEvent encode(Object event) {
        EventType type = typeOf(event.getClass());
        Instant occurredAt = event instanceof Occurrence o ? o.occurredAt() : Instant.now();
        Optional<String> rationale = event instanceof Judgement j ? Optional.ofNullable(j.rationale()) : Optional.empty();
        return new NewEvent(type.value(), type.schemaVersion(), json.valueToTree(event), occurredAt, rationale);
    }

    /** The stored event as a record of the family, or empty when it belongs to another feature. */
    public <E> Optional<E> decode(StoredEvent stored, Class<E> family) {
        Class<?> recordClass = familyTypes.computeIfAbsent(family, EventCodec::typesOf).get(stored.type());
        if (recordClass == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(family.cast(json.treeToValue(stored.payload(), recordClass)));
        } catch (JsonProcessingException e) {
            throw new EventStoreFailure("event " + stored.eventId() + " of type " + stored.type()
                    + " does not read as " + recordClass.getSimpleName(), e);
        }
    }

    public JsonNode toJson(Object value) {
        return json.valueToTree(value);
    }

    public static String typeName(Class<?> eventClass) {
        return typeOf(eventClass).value();
    }

    private static EventType typeOf(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " has no @EventType: name it before storing it");
        }
        return type;
    }

    private static Map<String, Class<?>> typesOf(Class<?> family) {
        return Arrays.stream(family.getPermittedSubclasses())
                .collect(Collectors.toMap(c -> typeOf(c).value(), Function.identity()));
    }
}
