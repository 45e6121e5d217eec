package org.desist.eventstore.consume;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.desist.eventstore.CanonicalJson;
import org.desist.eventstore.relay.CloudEventHeaders;

/** A CloudEvent received from another service's topic (binary mode: attributes in headers, data in the value). */
public record ReceivedEvent(UUID id, String type, String source, String subject, Instant time, long streamVersion,
        UUID correlationId, JsonNode data) {

    public static ReceivedEvent from(ConsumerRecord<String, String> record) {
        return new ReceivedEvent(
                UUID.fromString(required(record, CloudEventHeaders.ID)),
                required(record, CloudEventHeaders.TYPE),
                required(record, CloudEventHeaders.SOURCE),
                required(record, CloudEventHeaders.SUBJECT),
                Instant.parse(required(record, CloudEventHeaders.TIME)),
                header(record, CloudEventHeaders.STREAM_VERSION).map(Long::parseLong).orElse(0L),
                header(record, CloudEventHeaders.CORRELATION_ID).map(UUID::fromString)
                        .orElse(UUID.fromString(required(record, CloudEventHeaders.ID))),
                CanonicalJson.parse(record.value() == null ? "null" : record.value()));
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        return header(record, name).orElseThrow(() -> new IllegalArgumentException(
                "record at " + record.topic() + "/" + record.partition() + "@" + record.offset()
                        + " is not a CloudEvent: header " + name + " is missing"));
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
