package org.desist.eventstore.relay;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.desist.eventstore.CanonicalJson;
import org.desist.eventstore.CommittedEvent;
import org.desist.eventstore.EventHash;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.EventStoreConfig;
import org.desist.eventstore.StoredEvent;
import org.jboss.logging.Logger;

/**
 * The transactional outbox: publishes the stored log to the service's topic, in order per stream, as CloudEvents in
 * binary mode keyed by stream id. The database commit is the single source of truth; the relay publishes a batch,
 * waits until Kafka has every record ({@code acks=all}, idempotent producer), and only then moves its cursor, so a
 * relay killed in between publishes the batch again rather than dropping it. Consumers are idempotent.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EventStore store;
    private final LogCursors cursors;
    private final EventStoreConfig config;
    private final AgroalDataSource dataSource;
    private final String name;
    private volatile boolean running;
    private Thread loop;
    private KafkaProducer<byte[], byte[]> producer;
    private RelayLeadership leadership;

    OutboxRelay(EventStore store, LogCursors cursors, EventStoreConfig config, AgroalDataSource dataSource) {
        this.store = store;
        this.cursors = cursors;
        this.config = config;
        this.dataSource = dataSource;
        this.name = "relay:" + config.relay().topic();
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relay().enabled()) {
            LOG.infof("relay for %s is switched off on this instance", config.relay().topic());
            return;
        }
        running = true;
        leadership = new RelayLeadership(dataSource, name);
        loop = Thread.ofVirtual().name("outbox-relay").start(this::run);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (loop != null) {
            loop.interrupt();
            loop.join(5_000);
        }
        if (leadership != null) {
            leadership.close();
        }
        synchronized (this) {
            if (producer != null) {
                producer.close();
            }
        }
    }

    private void run() {
        while (running) {
            try {
                if (!leadership.lead()) {
                    Thread.sleep(config.relay().failoverInterval());
                } else if (relayOnce() == 0) {
                    Thread.sleep(config.relay().pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("relay for %s failed and will retry from its last checkpoint: %s", config.relay().topic(),
                        e.getMessage());
                sleepQuietly();
            }
        }
    }

    /** Publishes the next batch and then checkpoints it; answers how many events were published. */
    public int relayOnce() {
        List<CommittedEvent> batch = publishNextBatch();
        if (!batch.isEmpty()) {
            cursors.save(name, batch.getLast().cursor());
        }
        return batch.size();
    }

    /**
     * Publishes the batch after the checkpoint and waits for Kafka to acknowledge all of it, without checkpointing:
     * what a relay killed before its checkpoint has done. The next {@link #relayOnce} publishes the batch again.
     */
    public List<CommittedEvent> publishNextBatch() {
        List<CommittedEvent> batch = store.readCommitted(cursors.load(name), config.relay().batchSize());
        if (batch.isEmpty()) {
            return batch;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        KafkaProducer<byte[], byte[]> kafka = producer();
        java.util.List<String> privateTypes = config.relay().privateStreamTypes().orElse(java.util.List.of());
        for (CommittedEvent committed : batch) {
            if (!privateTypes.contains(committed.event().stream().type())) {
                sent.add(kafka.send(record(committed.event())));
            }
        }
        kafka.flush();
        for (Future<RecordMetadata> acknowledgement : sent) {
            try {
                acknowledgement.get();
            } catch (ExecutionException e) {
                // A fresh producer (new producer id and sequence numbers) publishes the batch again from the checkpoint.
                resetProducer();
                throw new IllegalStateException("Kafka refused an event: " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            }
        }
        return batch;
    }

    public String topic() {
        return config.relay().topic();
    }

    private ProducerRecord<byte[], byte[]> record(StoredEvent event) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(config.relay().topic(),
                event.stream().id().getBytes(StandardCharsets.UTF_8),
                CanonicalJson.of(event.payload()).getBytes(StandardCharsets.UTF_8));
        Headers headers = record.headers();
        header(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(headers, CloudEventHeaders.ID, event.eventId().toString());
        header(headers, CloudEventHeaders.TYPE, event.type());
        header(headers, CloudEventHeaders.SOURCE, "/desist/" + config.service());
        header(headers, CloudEventHeaders.SUBJECT, event.stream().id());
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        header(headers, CloudEventHeaders.DATA_SCHEMA_VERSION, Integer.toString(event.schemaVersion()));
        header(headers, CloudEventHeaders.STREAM_TYPE, event.stream().type());
        header(headers, CloudEventHeaders.STREAM_VERSION, Long.toString(event.version()));
        header(headers, CloudEventHeaders.POSITION, Long.toString(event.position()));
        header(headers, CloudEventHeaders.HASH, event.hash().hex());
        event.previousHash().map(EventHash::hex).ifPresent(h -> header(headers, CloudEventHeaders.PREVIOUS_HASH, h));
        header(headers, CloudEventHeaders.CORRELATION_ID, event.correlationId().toString());
        event.causationId().ifPresent(id -> header(headers, CloudEventHeaders.CAUSATION_ID, id.toString()));
        header(headers, CloudEventHeaders.ACTOR_SUBJECT, event.actor().subject());
        header(headers, CloudEventHeaders.ACTOR_ROLE, event.actor().role());
        header(headers, CloudEventHeaders.RECORDED_AT, DateTimeFormatter.ISO_INSTANT.format(event.recordedAt()));
        return record;
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = Producers.create(config, "relay");
        }
        return producer;
    }

    private synchronized void resetProducer() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
            producer = null;
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
