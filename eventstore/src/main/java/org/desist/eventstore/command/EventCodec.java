package org.desist.eventstore.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.NewEvent;
import org.desist.eventstore.StoredEvent;

/** Turns event records into stored JSON and back, by their {@link EventType} names. */
@ApplicationScoped
public class EventCodec {

    /** The key of the transaction's decoded appended events. */
    private static final Object APPENDED = new Object();

    private final ObjectMapper json;
    private final Upcasters upcasters;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<Class<?>, Map<String, Class<?>>> familyTypes = new ConcurrentHashMap<>();

    EventCodec(ObjectMapper json, Upcasters upcasters, TransactionSynchronizationRegistry transactions) {
        this.json = json;
        this.upcasters = upcasters;
        this.transactions = transactions;
    }

    public NewEvent encode(Object event) {
        EventType type = typeOf(event.getClass());
        Instant occurredAt = event instanceof Occurrence o ? o.occurredAt() : Instant.now();
        Optional<String> rationale = event instanceof Judgement j ? Optional.ofNullable(j.rationale()) : Optional.empty();
        return new NewEvent(type.value(), type.schemaVersion(), json.valueToTree(event), occurredAt, rationale);
    }

    /**
     * An event appended in this transaction as a record of the family, decoded once however many projections and
     * policies of the family read it. Family {@code StoredEvent} answers the event as stored.
     */
    public <E> Optional<E> decodeAppended(StoredEvent stored, Class<E> family) {
        if (transactions.getTransactionKey() == null) {
            return decode(stored, family);
        }
        @SuppressWarnings("unchecked")
        Map<Appended, Optional<?>> decoded = (Map<Appended, Optional<?>>) transactions.getResource(APPENDED);
        if (decoded == null) {
            decoded = new HashMap<>();
            transactions.putResource(APPENDED, decoded);
        }
        Appended key = new Appended(stored.eventId(), family);
        Optional<?> event = decoded.get(key);
        if (event == null) {
            event = decode(stored, family);
            decoded.put(key, event);
        }
        return event.map(family::cast);
    }

    private record Appended(UUID eventId, Class<?> family) {
    }

    /**
     * The stored event as a record of the family, or empty when it belongs to another feature. Family
     * {@code StoredEvent} answers the event as stored.
     */
    public <E> Optional<E> decode(StoredEvent stored, Class<E> family) {
        if (family == StoredEvent.class) {
            return Optional.of(family.cast(stored));
        }
        Class<?> recordClass = familyTypes.computeIfAbsent(family, EventCodec::typesOf).get(stored.type());
        if (recordClass == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(family.cast(json.treeToValue(current(stored, typeOf(recordClass)), recordClass)));
        } catch (JsonProcessingException e) {
            throw new EventStoreFailure("event " + stored.eventId() + " of type " + stored.type()
                    + " does not read as " + recordClass.getSimpleName(), e);
        }
    }

    /** The payload as the record's schema version reads it: older versions pass through each upcaster in turn. */
    private JsonNode current(StoredEvent stored, EventType type) {
        if (stored.schemaVersion() == type.schemaVersion()) {
            return stored.payload();
        }
        if (stored.schemaVersion() > type.schemaVersion()) {
            throw new EventStoreFailure("event " + stored.eventId() + " of type " + stored.type() + " has schema version "
                    + stored.schemaVersion() + ", newer than this service reads (" + type.schemaVersion()
                    + "): deploy the newer service", null);
        }
        ObjectNode payload = stored.payload().deepCopy();
        for (int version = stored.schemaVersion(); version < type.schemaVersion(); version++) {
            Upcaster upcaster = upcasters.from(stored.type(), version).orElse(null);
            if (upcaster == null) {
                throw new EventStoreFailure("event " + stored.eventId() + " of type " + stored.type() + " has schema version "
                        + version + " and no Upcaster reads it as version " + (version + 1) + ": add one", null);
            }
            payload = upcaster.upcast(payload);
        }
        return payload;
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
