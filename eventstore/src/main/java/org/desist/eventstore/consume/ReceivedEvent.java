package org.desist.eventstore.consume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.desist.eventstore.CanonicalJson;
import org.desist.eventstore.relay.CloudEventHeaders;

/**
 * A CloudEvent received from another service's or system's topic, in binary mode (attributes in {@code ce_} headers,
 * data in the value) or structured mode ({@code application/cloudevents+json}: the whole event in the value).
 *
 * <p>As CloudEvents 1.0 says, only {@code specversion}, {@code id}, {@code source} and {@code type} are required; an
 * id is any non-empty string and an event is unique by ({@code source}, {@code id}). A missing {@code time} is the
 * record's own timestamp. {@code schemaVersion} comes from Desist's {@code dataschemaversion} extension or the
 * trailing number of {@code dataschema} ({@code .../v2}, {@code .../2}), else 1.
 */
public record ReceivedEvent(String id, String source, String type, Optional<String> subject, Instant time,
        int schemaVersion, long streamVersion, Optional<UUID> correlation, JsonNode data) {

    private static final Pattern TRAILING_VERSION = Pattern.compile("v?(\\d{1,6})/?$");

    public ReceivedEvent {
        for (String attribute : new String[] {id, source, type}) {
            if (attribute.isEmpty() || attribute.indexOf('\u0000') >= 0 || attribute.length() > 1000) {
                throw new MalformedEvent("its id, source and type must be non-empty text of at most 1000 characters"
                        + " without NUL: '" + attribute.replace('\u0000', '?') + "'");
            }
        }
    }

    public static ReceivedEvent from(ConsumerRecord<String, String> record) {
        String contentType = header(record, CloudEventHeaders.CONTENT_TYPE).orElse("");
        if (contentType.startsWith("application/cloudevents+json")) {
            return structured(record);
        }
        if (!"1.0".equals(required(record, CloudEventHeaders.SPEC_VERSION))) {
            throw new MalformedEvent(where(record) + " is not a CloudEvent 1.0: ce_specversion is "
                    + header(record, CloudEventHeaders.SPEC_VERSION).orElse(""));
        }
        return new ReceivedEvent(
                required(record, CloudEventHeaders.ID),
                required(record, CloudEventHeaders.SOURCE),
                required(record, CloudEventHeaders.TYPE),
                header(record, CloudEventHeaders.SUBJECT).filter(s -> !s.isBlank()),
                header(record, CloudEventHeaders.TIME).map(ReceivedEvent::instant)
                        .orElseGet(() -> Instant.ofEpochMilli(record.timestamp())),
                schemaVersion(header(record, CloudEventHeaders.DATA_SCHEMA_VERSION),
                        header(record, CloudEventHeaders.DATA_SCHEMA)),
                header(record, CloudEventHeaders.STREAM_VERSION).map(ReceivedEvent::number).orElse(0L),
                header(record, CloudEventHeaders.CORRELATION_ID).flatMap(ReceivedEvent::uuid),
                data(record.value()));
    }

    /** The id as a UUID, for the causation of what this event causes here: its own when it is one, else one named by it. */
    public UUID causationId() {
        return uuid(id).orElseGet(() -> UUID.nameUUIDFromBytes((source + "\n" + id).getBytes(StandardCharsets.UTF_8)));
    }

    public UUID correlationId() {
        return correlation.orElseGet(this::causationId);
    }

    /** The subject (a CRN, a staff id), or else the data's field of that name: what the event is about. */
    public String subjectOr(String dataField) {
        return subject.or(() -> Optional.ofNullable(data.get(dataField)).filter(JsonNode::isTextual).map(JsonNode::asText)
                .filter(s -> !s.isBlank()))
                .orElseThrow(() -> new MalformedEvent(type + " " + id + " from " + source + " names no subject and its data"
                        + " has no " + dataField + ": nothing says whom it is about"));
    }

    /** The same event with its data read as a later schema version (by the consuming service's upcasters). */
    public ReceivedEvent withData(JsonNode upcast, int version) {
        return new ReceivedEvent(id, source, type, subject, time, version, streamVersion, correlation, upcast);
    }

    private static ReceivedEvent structured(ConsumerRecord<String, String> record) {
        JsonNode event = data(record.value());
        if (!event.isObject()) {
            throw new MalformedEvent(where(record) + " says application/cloudevents+json but its value is not a JSON object");
        }
        JsonNode data = event.has("data") ? event.get("data")
                : event.has("data_base64") ? TextNode.valueOf(event.get("data_base64").asText()) : data(null);
        return new ReceivedEvent(
                attribute(record, event, "id"),
                attribute(record, event, "source"),
                attribute(record, event, "type"),
                text(event, "subject").filter(s -> !s.isBlank()),
                text(event, "time").map(ReceivedEvent::instant).orElseGet(() -> Instant.ofEpochMilli(record.timestamp())),
                schemaVersion(text(event, "dataschemaversion"), text(event, "dataschema")),
                text(event, "streamversion").map(ReceivedEvent::number).orElse(0L),
                text(event, "correlationid").flatMap(ReceivedEvent::uuid),
                data);
    }

    private static String attribute(ConsumerRecord<String, String> record, JsonNode event, String name) {
        if (!"1.0".equals(text(event, "specversion").orElse(""))) {
            throw new MalformedEvent(where(record) + " is not a CloudEvent 1.0: specversion is "
                    + text(event, "specversion").orElse("missing"));
        }
        return text(event, name).filter(s -> !s.isEmpty()).orElseThrow(() -> new MalformedEvent(where(record)
                + " is not a CloudEvent: the required attribute " + name + " is missing or empty"));
    }

    private static Optional<String> text(JsonNode event, String name) {
        JsonNode value = event.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static JsonNode data(String value) {
        try {
            return CanonicalJson.parse(value == null ? "null" : value);
        } catch (UncheckedIOException e) {
            throw new MalformedEvent("its data is not JSON: " + e.getCause().getMessage(), e);
        }
    }

    private static int schemaVersion(Optional<String> version, Optional<String> dataSchema) {
        if (version.isPresent()) {
            return (int) Math.max(1, number(version.get()));
        }
        return dataSchema.map(TRAILING_VERSION::matcher).filter(Matcher::find)
                .map(m -> Math.max(1, Integer.parseInt(m.group(1)))).orElse(1);
    }

    private static Instant instant(String time) {
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedEvent("its time '" + time + "' is not an RFC 3339 timestamp");
        }
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new MalformedEvent("'" + value + "' is not a whole number");
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        return header(record, name).filter(s -> !s.isEmpty()).orElseThrow(() -> new MalformedEvent(where(record)
                + " is not a CloudEvent: header " + name + " is missing or empty"));
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return "record " + record.topic() + "/" + record.partition() + "@" + record.offset();
    }

    static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
