package org.desist.eventstore.consume;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.EventStoreConfig;
import org.desist.eventstore.command.Upcasters;
import org.desist.eventstore.command.Upcasters.Upcast;
import org.desist.eventstore.projection.Projections;
import org.desist.eventstore.projection.ReadsProjection;
import org.jboss.logging.Logger;

/**
 * Where every consumed record goes: read as a CloudEvent, upcast to the schema version this service knows, then
 * handled once — the effect and the record that it ran commit in one transaction, so a redelivery changes nothing and
 * a consumer racing a command on the same stream is simply tried again. Transient failures are retried with
 * doubling back-off for a bounded time; only a record that can never succeed (malformed, refused) or that outlasts
 * the retries becomes a {@link DeadLetter}, which an operator can re-drive once the cause is fixed. A handler marked
 * {@link ReadsProjection} waits, as for a passing failure, while a read model it reads is being rebuilt.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    /** A re-drive is an operator waiting at a request: it tries for less long than the consumer does. */
    private static final Duration REDRIVE_RETRY = Duration.ofSeconds(10);

    private final ConsumedEvents consumed;
    private final DeadLetters deadLetters;
    private final Upcasters upcasters;
    private final EventStoreConfig config;
    private final Instance<InboundHandler> handlers;
    private final Projections projections;
    private final Propagation propagation;

    Inbox(ConsumedEvents consumed, DeadLetters deadLetters, Upcasters upcasters, EventStoreConfig config,
            @Any Instance<InboundHandler> handlers, Projections projections, Propagation propagation) {
        this.projections = projections;
        this.propagation = propagation;
        this.consumed = consumed;
        this.deadLetters = deadLetters;
        this.upcasters = upcasters;
        this.config = config;
        this.handlers = handlers;
    }

    /** The outcome of handing a record to its consumer. */
    public sealed interface Outcome {
        /** Handled now ({@code ran}), or found handled before, or of a type the consumer has no use for. */
        record Handled(boolean ran) implements Outcome {
        }

        record Failed(Optional<ReceivedEvent> event, String kind, String reason, int attempts) implements Outcome {
        }
    }

    /**
     * Hands a record from the handler's topic to it, from its {@code @Incoming} method. Nothing a record does makes this
     * throw: what cannot be handled is set aside as a dead letter and the next record follows.
     */
    public Outcome receive(InboundHandler handler, ConsumerRecord<String, String> record) {
        Outcome outcome = attempt(handler, record, config.consume().retryFor());
        if (outcome instanceof Outcome.Failed failed) {
            deadLetters.record(handler.consumer(), record, failed.event(), failed.kind(), failed.reason(), failed.attempts());
        } else if (outcome instanceof Outcome.Handled handled && handled.ran()) {
            propagation.took(handler.consumer(), record);
        }
        return outcome;
    }

    /**
     * Hands a poll's records (from a {@code batch=true} channel) to the handler, several to a transaction: the effects
     * and the records that they ran commit together, in the order given within each partition (so in order per key).
     * A batch is at most {@code batch-size} records; while the consumer keeps up, also at most {@code batch-time}, so
     * that a first record's effect never waits long for later ones. A poll larger than batch-size, or holding a record
     * older than {@code backlog-after}, is a backlog: drained in full batches, each partition's records on a thread of
     * their own (partitions share no key), and this returns when all are done. When anything in a batch fails, the
     * batch is rolled back and its records are handed over one at a time by {@link #receive}: retries, dead letters and
     * redelivery are then exactly as for a record received alone. Nothing a record does makes this throw.
     */
    public List<Outcome> receiveAll(InboundHandler handler, List<ConsumerRecord<String, String>> records) {
        Map<Integer, List<Integer>> byPartition = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            byPartition.computeIfAbsent(records.get(i).partition(), p -> new ArrayList<>()).add(i);
        }
        Outcome[] outcomes = new Outcome[records.size()];
        long oldest = records.stream().mapToLong(ConsumerRecord::timestamp).filter(t -> t > 0).min()
                .orElse(System.currentTimeMillis());
        boolean backlog = records.size() > config.consume().batchSize()
                || System.currentTimeMillis() - oldest > config.consume().backlogAfter().toMillis();
        long batchTime = backlog ? Long.MAX_VALUE : config.consume().batchTime().toNanos();
        if (byPartition.size() == 1 || !backlog || !config.consume().partitionsInParallel()) {
            inOrder(handler, records, IntStream.range(0, records.size()).boxed().toList(), batchTime, outcomes);
        } else {
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> partitions = byPartition.values().stream().<Future<?>>map(indices ->
                        threads.submit(() -> inOrder(handler, records, indices, batchTime, outcomes))).toList();
                for (Future<?> partition : partitions) {
                    partition.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted: the poll is left for redelivery", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a partition's records could not be handed over", e.getCause());
            }
        }
        return List.of(outcomes);
    }

    /** The records at {@code indices}, in that order, a batch at a time; each outcome goes to its record's index. */
    private void inOrder(InboundHandler handler, List<ConsumerRecord<String, String>> records, List<Integer> indices,
            long batchTime, Outcome[] outcomes) {
        int size = Math.max(1, config.consume().batchSize());
        for (int from = 0; from < indices.size();) {
            List<Integer> chunk = indices.subList(from, Math.min(indices.size(), from + size));
            List<Outcome> handled = batch(handler, chunk.stream().map(records::get).toList(), batchTime);
            for (int i = 0; i < handled.size(); i++) {
                outcomes[chunk.get(i)] = handled.get(i);
            }
            from += handled.size();
        }
    }

    private List<Outcome> batch(InboundHandler handler, List<ConsumerRecord<String, String>> records, long batchTime) {
        List<ReceivedEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                ReceivedEvent received = ReceivedEvent.from(record);
                Upcast upcast = upcasters.latest(received.type(), received.schemaVersion(), received.data());
                events.add(received.withData(upcast.data(), upcast.version()));
            } catch (RuntimeException e) {
                return one(handler, records); // a malformed record is set aside in its place, the others handled around it
            }
        }
        try {
            List<Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> together(handler, events, batchTime));
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i) instanceof Outcome.Handled handled && handled.ran()) {
                    propagation.took(handler.consumer(), records.get(i));
                }
            }
            return outcomes;
        } catch (RuntimeException e) {
            LOG.debugf("%s: a batch of %d failed (%s); handing its records over one at a time", handler.consumer(),
                    records.size(), describe(e));
            return one(handler, records);
        }
    }

    private List<Outcome> one(InboundHandler handler, List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> receive(handler, record)).toList();
    }

    /**
     * The effects of a batch and the records that they ran, in the caller's transaction; the outcomes of those handled,
     * a prefix of the batch once {@code batchTime} nanoseconds have passed.
     */
    private List<Outcome> together(InboundHandler handler, List<ReceivedEvent> events, long batchTime) {
        long begun = System.nanoTime();
        List<ReceivedEvent> wanted = events.stream().filter(e -> handler.wants(e.type())).toList();
        holdReadModels(handler);
        Set<ConsumedEvents.Handled> handled = wanted.isEmpty() ? Set.of() : consumed.handledAmong(handler.consumer(), wanted);
        Set<ConsumedEvents.Handled> seen = new HashSet<>(handled);
        List<ReceivedEvent> ran = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (ReceivedEvent event : events) {
            if (!outcomes.isEmpty() && System.nanoTime() - begun > batchTime) {
                break;
            }
            // a redelivery within the batch is seen here as one across batches is seen in consumed_events
            boolean runs = handler.wants(event.type()) && seen.add(ConsumedEvents.Handled.of(event));
            if (runs) {
                handler.handle(event);
                ran.add(event);
            }
            outcomes.add(new Outcome.Handled(runs));
        }
        if (consumed.recordAll(handler.consumer(), ran) != ran.size()) {
            throw new Transience.ConcurrentlyConsumed("some of " + ran.size() + " events were handled meanwhile by"
                    + " another delivery");
        }
        return outcomes;
    }

    /** The answer of a re-drive: how many dead letters were tried, how many are now handled, and each result. */
    public record Redrive(int attempted, int redriven, int stillFailing, List<Result> results) {
        public record Result(long id, String consumer, String outcome, Optional<String> reason) {
        }
    }

    /**
     * Hands the waiting dead letters (of one consumer, or all) to their consumers again, oldest first. Idempotent: a
     * letter handled before is only marked re-driven, and a re-driven letter is not tried again.
     */
    public synchronized Redrive redrive(Optional<String> consumer, Optional<Long> only) {
        List<Redrive.Result> results = new ArrayList<>();
        int redriven = 0;
        List<DeadLetter> waiting = new ArrayList<>(deadLetters.list(consumer, true, 10_000));
        waiting.sort((a, b) -> Long.compare(a.id(), b.id()));
        for (DeadLetter letter : waiting) {
            if (only.isPresent() && only.get() != letter.id()) {
                continue;
            }
            Optional<InboundHandler> handler = handler(letter.consumer());
            if (handler.isEmpty()) {
                results.add(new Redrive.Result(letter.id(), letter.consumer(), "no-such-consumer",
                        Optional.of("this service has no consumer named " + letter.consumer())));
                continue;
            }
            Outcome outcome = attempt(handler.get(), deadLetters.original(letter.id()), REDRIVE_RETRY);
            switch (outcome) {
                case Outcome.Handled handled -> {
                    deadLetters.redriven(letter.id());
                    redriven++;
                    results.add(new Redrive.Result(letter.id(), letter.consumer(),
                            handled.ran() ? "handled" : "already-handled", Optional.empty()));
                }
                case Outcome.Failed failed -> {
                    deadLetters.failedAgain(letter.id(), failed.kind(), failed.reason(), failed.attempts());
                    results.add(new Redrive.Result(letter.id(), letter.consumer(), failed.kind(), Optional.of(failed.reason())));
                }
            }
        }
        return new Redrive(results.size(), redriven, results.size() - redriven, results);
    }

    private Optional<InboundHandler> handler(String consumer) {
        return handlers.stream().filter(h -> h.consumer().equals(consumer)).findFirst();
    }

    private Outcome attempt(InboundHandler handler, ConsumerRecord<String, String> record, Duration retryFor) {
        ReceivedEvent event;
        try {
            ReceivedEvent received = ReceivedEvent.from(record);
            Upcast upcast = upcasters.latest(received.type(), received.schemaVersion(), received.data());
            event = received.withData(upcast.data(), upcast.version());
        } catch (RuntimeException e) {
            return new Outcome.Failed(Optional.empty(), DeadLetter.MALFORMED, describe(e), 1);
        }
        if (!handler.wants(event.type())) {
            return new Outcome.Handled(false);
        }
        long deadline = System.nanoTime() + retryFor.toNanos();
        Duration backoff = config.consume().firstBackoff();
        for (int attempt = 1;; attempt++) {
            try {
                return new Outcome.Handled(QuarkusTransaction.requiringNew().call(() -> once(handler, event)));
            } catch (RuntimeException e) {
                String kind = e instanceof MalformedEvent ? DeadLetter.MALFORMED : DeadLetter.REFUSED;
                if (!Transience.isTransient(e)) {
                    return new Outcome.Failed(Optional.of(event), kind, describe(e), attempt);
                }
                if (System.nanoTime() + backoff.toNanos() > deadline) {
                    return new Outcome.Failed(Optional.of(event), DeadLetter.STILL_FAILING, "still failing after "
                            + attempt + " tries over " + retryFor + ": " + describe(e), attempt);
                }
                LOG.warnf("%s: %s %s failed for a passing reason (%s); trying again in %d ms", handler.consumer(),
                        event.type(), event.id(), describe(e), backoff.toMillis());
                DeadLetters.sleep(backoff);
                backoff = DeadLetters.min(backoff.multipliedBy(2), config.consume().maxBackoff());
            }
        }
    }

    /** The effect and the record that it ran, in the caller's transaction; false when it ran before. */
    private boolean once(InboundHandler handler, ReceivedEvent event) {
        if (consumed.contains(handler.consumer(), event)) {
            LOG.debugf("%s has already handled %s %s: redelivery ignored", handler.consumer(), event.source(), event.id());
            return false;
        }
        holdReadModels(handler);
        handler.handle(event);
        if (!consumed.record(handler.consumer(), event)) {
            throw new Transience.ConcurrentlyConsumed(event.id() + " was handled meanwhile by another delivery");
        }
        return true;
    }

    /** Holds the read models the handler reads live for the transaction, or fails for now while one is rebuilt. */
    private void holdReadModels(InboundHandler handler) {
        List<String> reads = readModels(handler);
        if (!reads.isEmpty()) {
            projections.holdLive(reads).ifPresent(rebuilding -> {
                throw new Transience.ReadModelRebuilding("the " + rebuilding.name() + " read model " + handler.consumer()
                        + " reads is being rebuilt (" + rebuilding.replayed() + " events replayed)");
            });
        }
    }

    /** What the handler's class says it reads ({@link ReadsProjection}, inherited by its CDI proxy). */
    private static List<String> readModels(InboundHandler handler) {
        ReadsProjection reads = handler.getClass().getAnnotation(ReadsProjection.class);
        return reads == null ? List.of() : List.of(reads.value());
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(" <- ").append(cause.getMessage());
            }
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
    }
}
