package org.desist.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes CloudEvents in binary mode as another service would, for tests of a consumer whose producer is built in
 * a later issue (or to deliver the same record twice).
 */
public final class CloudEventWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final String source;

    public CloudEventWriter(String topic, String source) {
        Properties properties = new Properties();
        properties.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.KAFKA,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
        this.producer = new KafkaProducer<>(properties);
        this.topic = topic;
        this.source = source;
    }

    /** Sends one event and waits until the broker has it. */
    public void send(UUID id, String type, String subject, long streamVersion, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_type", type);
        header(record, "ce_source", source);
        header(record, "ce_subject", subject);
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_streamversion", Long.toString(streamVersion));
        header(record, "content-type", "application/json");
        deliver(record);
    }

    /** Sends a record with exactly these headers, as another system might: to try what CloudEvents allows. */
    public void sendRaw(String key, String json, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        headers.forEach((name, value) -> header(record, name, value));
        deliver(record);
    }

    /** Sends and waits until the broker has it. */
    private void deliver(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the test record: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
