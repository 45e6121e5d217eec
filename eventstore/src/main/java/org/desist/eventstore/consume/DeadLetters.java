package org.desist.eventstore.consume;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.desist.eventstore.EventStoreConfig;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.relay.Notices;
import org.jboss.logging.Logger;

/**
 * Records no consumer could handle, kept whole in the service's database with the reason, counted per consumer
 * ({@code desist_consumer_dead_letters_total}) and also published to the service's dead-letter topic with headers
 * naming the consumer and the reason. Storing one is retried until it holds: a dead letter is never lost either.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON_HEADER = "dead-letter-reason";
    public static final String CONSUMER_HEADER = "dead-letter-consumer";
    public static final String KIND_HEADER = "dead-letter-kind";
    public static final String TOPIC_HEADER = "dead-letter-topic";
    public static final String PARTITION_HEADER = "dead-letter-partition";
    public static final String OFFSET_HEADER = "dead-letter-offset";
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final String COLUMNS = "id, consumer, topic, kafka_partition, kafka_offset, record_key, event_source, "
            + "event_id, event_type, kind, reason, attempts, dead_lettered_at, redriven_at";

    private final AgroalDataSource dataSource;
    private final MeterRegistry metrics;
    private final EventStoreConfig config;
    private final Instance<InboundHandler> handlers;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Notices notices;

    DeadLetters(AgroalDataSource dataSource, MeterRegistry metrics, EventStoreConfig config,
            @Any Instance<InboundHandler> handlers, Notices notices) {
        this.notices = notices;
        this.dataSource = dataSource;
        this.metrics = metrics;
        this.config = config;
        this.handlers = handlers;
    }

    /** Every consumer's count is visible from the start, at zero until something is set aside. */
    void countersFromTheStart(@Observes StartupEvent started) {
        handlers.forEach(handler -> counter(handler.consumer()));
    }


    /** Sets the record aside (or, re-driven and failing again, updates why) and says so in the log and the metric. */
    void record(String consumer, ConsumerRecord<String, String> record, Optional<ReceivedEvent> event, String kind,
            String reason, int attempts) {
        LOG.errorf("%s set aside %s/%d@%d (%s): %s. Fix the cause, then re-drive it: POST /admin/dead-letters/redrive",
                consumer, record.topic(), record.partition(), record.offset(), kind, reason);
        Duration wait = config.consume().firstBackoff();
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> insert(consumer, record, event, kind, reason, attempts));
                break;
            } catch (RuntimeException e) {
                if (!Transience.isTransient(e)) {
                    throw e;
                }
                LOG.warnf("%s could not store a dead letter yet (%s); trying again in %s", consumer, e.getMessage(), wait);
                sleep(wait);
                wait = min(wait.multipliedBy(2), config.consume().maxBackoff());
            }
        }
        counter(consumer).increment();
        publish(consumer, record, kind, reason);
    }

    public List<DeadLetter> list(Optional<String> consumer, boolean waitingOnly, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM dead_letters WHERE (?::text IS NULL OR consumer = ?) "
                + (waitingOnly ? "AND redriven_at IS NULL " : "") + "ORDER BY id DESC LIMIT ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, consumer.orElse(null));
            select.setString(2, consumer.orElse(null));
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
                List<DeadLetter> letters = new ArrayList<>();
                while (rows.next()) {
                    letters.add(letter(rows));
                }
                return letters;
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the dead letters", e);
        }
    }

    /** The record as it was received, to hand to its consumer again. */
    ConsumerRecord<String, String> original(long id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT topic, kafka_partition, kafka_offset, record_timestamp, record_key, record_value, header_names, "
                        + "header_values FROM dead_letters WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("no dead letter " + id);
                }
                String[] names = (String[]) row.getArray("header_names").getArray();
                byte[][] values = (byte[][]) row.getArray("header_values").getArray();
                RecordHeaders headers = new RecordHeaders();
                for (int i = 0; i < names.length; i++) {
                    headers.add(new RecordHeader(names[i], values[i]));
                }
                Timestamp timestamp = row.getTimestamp("record_timestamp");
                byte[] key = row.getBytes("record_key");
                byte[] value = row.getBytes("record_value");
                return new ConsumerRecord<>(row.getString("topic"), row.getInt("kafka_partition"),
                        row.getLong("kafka_offset"), timestamp == null ? 0 : timestamp.getTime(), TimestampType.CREATE_TIME,
                        -1, -1, key == null ? null : new String(key, StandardCharsets.UTF_8),
                        value == null ? null : new String(value, StandardCharsets.UTF_8), headers, Optional.empty());
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read dead letter " + id, e);
        }
    }

    void redriven(long id) {
        update("UPDATE dead_letters SET redriven_at = now() WHERE id = ? AND redriven_at IS NULL", id);
    }

    void failedAgain(long id, String kind, String reason, int attempts) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE dead_letters SET kind = ?, reason = ?, attempts = attempts + ? WHERE id = ?")) {
            update.setString(1, kind);
            update.setString(2, reason);
            update.setInt(3, attempts);
            update.setLong(4, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not update dead letter " + id, e);
        }
    }

    private void update(String sql, long id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not update dead letter " + id, e);
        }
    }

    private void insert(String consumer, ConsumerRecord<String, String> record, Optional<ReceivedEvent> event,
            String kind, String reason, int attempts) {
        List<String> names = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        for (Header header : record.headers()) {
            names.add(header.key().replace('\u0000', '\ufffd'));
            values.add(header.value() == null ? new byte[0] : header.value());
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO dead_letters (consumer, topic, kafka_partition, kafka_offset, record_timestamp, record_key,
                    record_value, header_names, header_values, event_source, event_id, event_type, kind, reason, attempts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (consumer, topic, kafka_partition, kafka_offset) DO UPDATE SET kind = excluded.kind,
                    reason = excluded.reason, attempts = dead_letters.attempts + excluded.attempts, redriven_at = NULL
                """)) {
            int p = 1;
            insert.setString(p++, consumer);
            insert.setString(p++, record.topic());
            insert.setInt(p++, record.partition());
            insert.setLong(p++, record.offset());
            insert.setTimestamp(p++, record.timestamp() > 0 ? Timestamp.from(Instant.ofEpochMilli(record.timestamp())) : null);
            insert.setBytes(p++, record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8));
            insert.setBytes(p++, record.value() == null ? null : record.value().getBytes(StandardCharsets.UTF_8));
            Array headerNames = connection.createArrayOf("text", names.toArray());
            insert.setArray(p++, headerNames);
            Array headerValues = connection.createArrayOf("bytea", values.toArray(new byte[0][]));
            insert.setArray(p++, headerValues);
            insert.setString(p++, event.map(ReceivedEvent::source).orElse(null));
            insert.setString(p++, event.map(ReceivedEvent::id).orElse(null));
            insert.setString(p++, event.map(ReceivedEvent::type).orElse(null));
            insert.setString(p++, kind);
            insert.setString(p++, reason.replace('\u0000', '\ufffd'));
            insert.setInt(p, attempts);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not store a dead letter of " + consumer, e);
        }
    }

    private void publish(String consumer, ConsumerRecord<String, String> record, String kind, String reason) {
        Optional<String> topic = config.consume().deadLetterTopic();
        if (topic.isEmpty()) {
            return;
        }
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(topic.get(),
                record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8),
                record.value() == null ? null : record.value().getBytes(StandardCharsets.UTF_8));
        record.headers().forEach(letter.headers()::add);
        header(letter, REASON_HEADER, reason);
        header(letter, CONSUMER_HEADER, consumer);
        header(letter, KIND_HEADER, kind);
        header(letter, TOPIC_HEADER, record.topic());
        header(letter, PARTITION_HEADER, Integer.toString(record.partition()));
        header(letter, OFFSET_HEADER, Long.toString(record.offset()));
        notices.send(letter, (metadata, failure) -> {
            if (failure != null) {
                LOG.warnf("dead letter of %s kept in the database but not published to %s: %s", consumer, topic.get(),
                        failure.getMessage());
            }
        });
    }

    private static void header(ProducerRecord<byte[], byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }


    private Counter counter(String consumer) {
        return counters.computeIfAbsent(consumer, c -> Counter.builder("desist.consumer.dead.letters")
                .description("Records a consumer set aside as dead letters").tag("consumer", c).register(metrics));
    }

    private static DeadLetter letter(ResultSet row) throws SQLException {
        byte[] key = row.getBytes("record_key");
        OffsetDateTime redriven = row.getObject("redriven_at", OffsetDateTime.class);
        return new DeadLetter(row.getLong("id"), row.getString("consumer"), row.getString("topic"),
                row.getInt("kafka_partition"), row.getLong("kafka_offset"),
                Optional.ofNullable(key).map(k -> new String(k, StandardCharsets.UTF_8)),
                Optional.ofNullable(row.getString("event_source")), Optional.ofNullable(row.getString("event_id")),
                Optional.ofNullable(row.getString("event_type")), row.getString("kind"), row.getString("reason"),
                row.getInt("attempts"), row.getObject("dead_lettered_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(redriven).map(OffsetDateTime::toInstant));
    }

    static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: the record is left for redelivery", e);
        }
    }
}
