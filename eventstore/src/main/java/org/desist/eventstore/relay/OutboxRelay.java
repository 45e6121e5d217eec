package org.desist.eventstore.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Headers;
import org.desist.eventstore.CanonicalJson;
import org.desist.eventstore.CommittedEvent;
import org.desist.eventstore.EventHash;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.EventStoreConfig;
import org.desist.eventstore.LogCursor;
import org.desist.eventstore.StoredEvent;
import org.jboss.logging.Logger;

/**
 * The transactional outbox: publishes the stored log to the service's topic, in order per stream, as CloudEvents in
 * binary mode keyed by stream id. The database commit is the single source of truth; the relay publishes a batch,
 * waits until Kafka has acknowledged it ({@code acks=all}, idempotent producer), and only then moves its cursor, so a
 * relay killed in between publishes the batch again rather than dropping it. Consumers are idempotent.
 *
 * <p>Order survives a failed send: at the first failure the producer is closed at once from its callback, so
 * nothing after it is sent; only the acknowledged prefix of the batch (in batch order) is checkpointed, and a fresh
 * producer resumes from there. A transient failure (a broker down, a timeout) is retried a second later; an event
 * Kafka refuses for good is logged once at ERROR, reported by readiness and metrics, and retried after a back-off.
 * Only the leader publishes, fenced as {@link RelayLeadership} explains.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final EventStore store;
    private final LogCursors cursors;
    private final EventStoreConfig config;
    private final String topic;
    private final String name;
    private final List<String> privateTypes;
    private final RelayLeadership leadership;
    private final RelayLag lag;
    private final AppendSignal appends;
    private final Republishing republishing;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong refusals = new AtomicLong();
    private volatile Optional<Refusal> refused = Optional.empty();
    private volatile boolean running;
    private Thread loop;
    private KafkaProducer<byte[], byte[]> producer;

    @Inject
    OutboxRelay(EventStore store, LogCursors cursors, EventStoreConfig config, AgroalDataSource dataSource,
            AppendSignal appends) {
        this(store, cursors, config, dataSource, config.relay().topic(), appends);
    }

    /**
     * Another relay of the same log, to {@code topic}, with its own cursor and lead (tests run two instances); it
     * polls, woken by no append.
     */
    OutboxRelay(EventStore store, LogCursors cursors, EventStoreConfig config, AgroalDataSource dataSource,
            String topic) {
        this(store, cursors, config, dataSource, topic, new AppendSignal());
    }

    private OutboxRelay(EventStore store, LogCursors cursors, EventStoreConfig config, AgroalDataSource dataSource,
            String topic, AppendSignal appends) {
        this.appends = appends;
        this.store = store;
        this.cursors = cursors;
        this.config = config;
        this.topic = topic;
        this.name = "relay:" + topic;
        this.privateTypes = config.relay().privateStreamTypes().orElse(List.of());
        this.leadership = new RelayLeadership(dataSource, name, config.relay().failoverInterval()
                .plus(Producers.maxBlock(config)).plus(Producers.deliveryTimeout(config)));
        this.lag = new RelayLag(dataSource, cursors, name, privateTypes);
        this.republishing = new Republishing(dataSource);
    }

    void onStart(@Observes StartupEvent startup) {
        start();
    }

    void onStop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stop();
    }

    /** Competes for the lead, and publishes while it holds it, until {@link #stop}. */
    void start() {
        if (!config.relay().enabled()) {
            LOG.infof("relay for %s is switched off on this instance", topic);
            return;
        }
        running = true;
        loop = Thread.ofVirtual().name("outbox-relay " + topic).start(this::run);
    }

    void stop() throws InterruptedException {
        running = false;
        if (loop != null) {
            loop.interrupt();
            loop.join(5_000);
        }
        leadership.close();
        resetProducer();
    }

    private void run() {
        while (running) {
            try {
                if (!leadership.lead()) {
                    resetProducer();
                    Thread.sleep(config.relay().failoverInterval());
                } else if (relay(Optional.of(leadership)) == 0) {
                    appends.awaitCommit(config.relay().pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (PublicationFailed e) {
                pause(e.refused() ? config.relay().refusedBackoff() : RETRY);
            } catch (RuntimeException e) {
                LOG.warnf("relay for %s failed and will retry from its last checkpoint: %s", topic, e.getMessage());
                pause(RETRY);
            }
        }
    }

    /**
     * Publishes the next batch and checkpoints what Kafka acknowledged; answers how many events were checkpointed.
     * Without the lead: for a caller that is the only publisher (tests). Throws {@link PublicationFailed} when Kafka
     * did not acknowledge an event, after checkpointing the events before it.
     */
    public int relayOnce() {
        return relay(Optional.empty());
    }

    private int relay(Optional<RelayLeadership> lead) {
        Optional<Republishing.Rewind> rewind = republishing.waiting(topic);
        if (rewind.isPresent()) {
            LOG.infof("relay for %s publishes the log again from position %d, as an operator asked", topic,
                    rewind.get().cursor().position() + 1);
            if (lead.isEmpty()) {
                cursors.save(name, rewind.get().cursor());
            } else if (!lead.get().checkpoint(cursors, name, rewind.get().cursor())) {
                return 0;
            }
            republishing.applied(rewind.get().requestId());
        }
        List<CommittedEvent> batch = store.readCommitted(cursors.load(name), config.relay().batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        // Proven after the read and right before the sends, which the fencing interval counts from.
        if (lead.isPresent() && !lead.get().stillLeads()) {
            resetProducer();
            return 0;
        }
        lead.ifPresent(RelayLeadership::aboutToSend);
        Sent sent = send(batch, lead);
        List<CommittedEvent> acknowledged = sent.acknowledged();
        if (!acknowledged.isEmpty()) {
            LogCursor through = acknowledged.getLast().cursor();
            if (lead.isEmpty()) {
                cursors.save(name, through);
            } else if (!lead.get().checkpoint(cursors, name, through)) {
                resetProducer();
                return 0;
            }
            published.addAndGet(acknowledged.stream().filter(c -> !isPrivate(c)).count());
            passed(acknowledged);
        }
        sent.failure().ifPresent(this::failed);
        return acknowledged.size();
    }

    /**
     * Publishes the batch after the checkpoint and waits for Kafka to acknowledge all of it, without checkpointing:
     * what a relay killed before its checkpoint has done. The next {@link #relayOnce} publishes the batch again.
     */
    public List<CommittedEvent> publishNextBatch() {
        List<CommittedEvent> batch = store.readCommitted(cursors.load(name), config.relay().batchSize());
        if (!batch.isEmpty()) {
            send(batch, Optional.empty()).failure().ifPresent(this::failed);
        }
        return batch;
    }

    /** The first event Kafka did not acknowledge, and why. */
    private record Failure(CommittedEvent event, Exception cause) {
    }

    /** What came of sending a batch: its acknowledged prefix (none if the lead was lost), and the first failure. */
    private record Sent(List<CommittedEvent> acknowledged, Optional<Failure> failure) {
    }

    private Sent send(List<CommittedEvent> batch, Optional<RelayLeadership> lead) {
        KafkaProducer<byte[], byte[]> kafka = producer();
        AtomicReference<Failure> first = new AtomicReference<>();
        // per event, its records' acknowledgements: none for a private stream, more than one for a restricted type
        List<List<Future<RecordMetadata>>> sent = new ArrayList<>(batch.size());
        long leaseNanos = config.relay().failoverInterval().toNanos();
        long provenAt = System.nanoTime();
        for (CommittedEvent committed : batch) {
            if (first.get() != null) {
                break;
            }
            if (lead.isPresent() && System.nanoTime() - provenAt > leaseNanos) {
                if (!lead.get().stillLeads()) {
                    resetProducer(); // what is not yet sent is dropped; the new leader waits out what is
                    return new Sent(List.of(), Optional.empty());
                }
                provenAt = System.nanoTime();
            }
            List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(2);
            sent.add(acknowledgements);
            for (ProducerRecord<byte[], byte[]> record : records(committed)) {
                try {
                    acknowledgements.add(kafka.send(record, (metadata, e) -> {
                        // Kafka's way to keep order on failure: close at once from the callback, so nothing after it goes.
                        if (e != null && first.compareAndSet(null, new Failure(committed, e))) {
                            kafka.close(Duration.ZERO);
                        }
                    }));
                } catch (RuntimeException e) {
                    first.compareAndSet(null, new Failure(committed, e));
                    break;
                }
            }
        }
        List<CommittedEvent> acknowledged = new ArrayList<>(sent.size());
        waiting:
        for (int i = 0; i < sent.size(); i++) {
            for (Future<RecordMetadata> acknowledgement : sent.get(i)) {
                try {
                    acknowledgement.get();
                } catch (ExecutionException e) {
                    Exception cause = e.getCause() instanceof Exception c ? c : e;
                    first.compareAndSet(null, new Failure(batch.get(i), cause));
                    break waiting;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    resetProducer();
                    throw new IllegalStateException("interrupted while waiting for Kafka", e);
                }
            }
            if (first.get() != null && first.get().event() == batch.get(i)) {
                break; // a send refused before it was handed to Kafka
            }
            acknowledged.add(batch.get(i));
        }
        if (first.get() != null) {
            resetProducer(); // a fresh producer (new producer id and sequence numbers) resumes from the checkpoint
        }
        return new Sent(acknowledged, Optional.ofNullable(first.get()));
    }

    /**
     * The records an event is published as: none from a private stream; otherwise one on the service's topic and, for
     * a restricted type, one on its restricted topic with only the fields configured there.
     */
    private List<ProducerRecord<byte[], byte[]>> records(CommittedEvent committed) {
        if (isPrivate(committed)) {
            return List.of();
        }
        StoredEvent event = committed.event();
        EventStoreConfig.Relay.Restricted restricted = config.relay().restricted().get(event.type());
        ProducerRecord<byte[], byte[]> shared = record(topic, event,
                only(event, config.relay().publishedFields().get(event.type())));
        return restricted == null ? List.of(shared)
                : List.of(shared, record(restricted.topic(), event, only(event, restricted.fields())));
    }

    private void failed(Failure failure) {
        StoredEvent event = failure.event().event();
        Exception cause = failure.cause();
        boolean refusedForGood = cause instanceof ApiException && !(cause instanceof RetriableException);
        if (!refusedForGood) {
            LOG.warnf("relay for %s: Kafka did not acknowledge the event at position %d; it is sent again from there: "
                    + "%s", topic, event.position(), cause.getMessage());
            throw new PublicationFailed(event.position(), false, cause);
        }
        refusals.incrementAndGet();
        Refusal refusal = new Refusal(event.position(), event.eventId(),
                cause.getClass().getSimpleName() + ": " + cause.getMessage());
        if (refused.map(r -> r.position() != event.position()).orElse(true)) {
            LOG.errorf("relay for %s is stuck: Kafka refused the event at position %d (%s) for good: %s. Nothing after "
                    + "it is published; it is tried again every %s", topic, event.position(), event.eventId(),
                    refusal.reason(), config.relay().refusedBackoff());
        } else {
            LOG.debugf("relay for %s: Kafka refused the event at position %d again", topic, event.position());
        }
        refused = Optional.of(refusal);
        throw new PublicationFailed(event.position(), true, cause);
    }

    private void passed(List<CommittedEvent> acknowledged) {
        refused.filter(r -> acknowledged.stream().anyMatch(c -> c.event().position() == r.position()))
                .ifPresent(r -> {
                    refused = Optional.empty();
                    LOG.infof("relay for %s is moving again: Kafka took the event at position %d", topic, r.position());
                });
    }

    private boolean isPrivate(CommittedEvent committed) {
        return privateTypes.contains(committed.event().stream().type());
    }

    public String topic() {
        return topic;
    }

    /** Events behind and the age of the oldest, measured at most once a second. */
    public RelayLag.Measure lag() {
        return lag.current();
    }

    /** The event Kafka refuses for good, while it does. */
    public Optional<Refusal> refused() {
        return refused;
    }

    /** How many times Kafka refused an event for good. */
    public long refusals() {
        return refusals.get();
    }

    /** How many events this instance has published and checkpointed. */
    public long published() {
        return published.get();
    }

    private ProducerRecord<byte[], byte[]> record(String topic, StoredEvent event, JsonNode payload) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic,
                event.stream().id().getBytes(StandardCharsets.UTF_8),
                CanonicalJson.of(payload).getBytes(StandardCharsets.UTF_8));
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

    /**
     * The payload as consumers get it: whole, or only the fields configured for its type ({@code fields} null: whole).
     * {@code ce_hash} stays the stored event's, for tracing a published fact back to the log that keeps it whole.
     */
    private static JsonNode only(StoredEvent event, List<String> fields) {
        if (fields == null || !(event.payload() instanceof ObjectNode whole)) {
            return event.payload();
        }
        ObjectNode part = whole.objectNode();
        fields.stream().filter(whole::has).forEach(field -> part.set(field, whole.get(field)));
        return part;
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
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
