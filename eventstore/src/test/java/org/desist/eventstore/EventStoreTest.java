package org.desist.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.desist.eventstore.projection.Projections;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_test"))
class EventStoreTest {

    @Inject
    EventStore store;

    @Inject
    StreamSizes sizes;

    @Inject
    Projections projections;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void anEventTooLargeToPublishOrDatedOutsideThePlatformsRangeIsRefusedAndNothingIsWritten() {
        StreamId stream = TestStreams.newStream();
        NewEvent huge = new NewEvent("test.thing.happened", 1, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode().put("notes", "x".repeat(EventStore.MAX_PAYLOAD_BYTES)), Instant.now(), java.util.Optional.empty());
        NewEvent ancient = new NewEvent("test.thing.happened", 1, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode(), Instant.parse("-1000000000-01-01T00:00:00Z"), java.util.Optional.empty());

        assertThatThrownBy(() -> store.append(stream, ExpectedVersion.noStream(), List.of(huge), TestStreams.metadata()))
                .isInstanceOf(UnstorableValue.class).hasMessageContaining("larger than Kafka accepts");
        assertThatThrownBy(() -> store.append(stream, ExpectedVersion.noStream(), List.of(ancient), TestStreams.metadata()))
                .isInstanceOf(UnstorableValue.class).extracting("field").isEqualTo("occurredAt");
        assertThat(store.readStream(stream.id())).isEmpty();
        assertThat(store.currentVersion(stream.id())).isZero();
    }

    @Test
    void anEventKeepsItsActorsStableIdBesideTheUserNameAndStillVerifies() {
        StreamId stream = TestStreams.newStream();
        Actor renamed = new Actor("j.smith", "probation-officer", java.util.Optional.of("N01"), java.util.Optional.empty(),
                java.util.Optional.of("6f1c2d3e-0000-4000-8000-000000000001"));

        store.append(stream, ExpectedVersion.noStream(), TestStreams.events(1), CommandMetadata.by(renamed));

        StoredEvent stored = store.readStream(stream.id()).getFirst();
        assertThat(stored.actor().id()).contains("6f1c2d3e-0000-4000-8000-000000000001");
        assertThat(EventHasher.hash(stored)).isEqualTo(stored.hash());
        StoredEvent withoutId = new StoredEvent(stored.position(), stored.stream(), stored.version(), stored.eventId(),
                stored.type(), stored.schemaVersion(), stored.payload(), new Actor("j.smith", "probation-officer",
                        java.util.Optional.of("N01"), java.util.Optional.empty()), stored.occurredAt(), stored.recordedAt(),
                stored.rationale(), stored.correlationId(), stored.causationId(), stored.previousHash(), stored.hash());
        assertThat(EventHasher.hash(withoutId)).as("the id is covered by the hash").isNotEqualTo(stored.hash());
    }

    @Test
    void appendStartsAStreamAndChainsItsEvents() {
        StreamId stream = TestStreams.newStream();

        List<StoredEvent> first = store.append(stream, ExpectedVersion.noStream(), TestStreams.events(2), TestStreams.metadata());
        List<StoredEvent> second = store.append(stream, ExpectedVersion.exactly(2), TestStreams.events(1), TestStreams.metadata());

        List<StoredEvent> read = store.readStream(stream.id());
        assertThat(read).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
        assertThat(read).extracting(StoredEvent::eventId)
                .containsExactly(first.get(0).eventId(), first.get(1).eventId(), second.get(0).eventId());
        assertThat(read.get(0).previousHash()).isEmpty();
        assertThat(read.get(1).previousHash()).contains(read.get(0).hash());
        assertThat(read.get(2).previousHash()).contains(read.get(1).hash());
        assertThat(read).allSatisfy(e -> assertThat(EventHasher.hash(e)).isEqualTo(e.hash()));
        assertThat(read.get(0).actor()).isEqualTo(TestStreams.OFFICER);
        assertThat(read.get(0).eventId().version()).isEqualTo(7);
        assertThat(read.get(0).payload().get("note").asText()).isEqualTo("event 1");
    }

    @Test
    void aStaleExpectedVersionIsAConflictAndWritesNothing() {
        StreamId stream = TestStreams.newStream();
        store.append(stream, ExpectedVersion.noStream(), TestStreams.events(1), TestStreams.metadata());
        store.append(stream, ExpectedVersion.exactly(1), TestStreams.events(1), TestStreams.metadata());

        assertThatThrownBy(() -> store.append(stream, ExpectedVersion.exactly(1), TestStreams.events(3), TestStreams.metadata()))
                .isInstanceOf(WrongExpectedVersion.class)
                .satisfies(e -> assertThat(((WrongExpectedVersion) e).actual()).isEqualTo(2));
        assertThatThrownBy(() -> store.append(stream, ExpectedVersion.noStream(), TestStreams.events(1), TestStreams.metadata()))
                .isInstanceOf(WrongExpectedVersion.class);

        assertThat(store.readStream(stream.id())).hasSize(2);
        assertThat(sizes.of(stream.id())).isEqualTo(2);
    }

    @Test
    void concurrentWritersExpectingTheSameVersionLetExactlyOneWin() throws Exception {
        StreamId stream = TestStreams.newStream();
        store.append(stream, ExpectedVersion.noStream(), TestStreams.events(1), TestStreams.metadata());
        AtomicInteger conflicts = new AtomicInteger();
        List<Callable<Void>> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            writers.add(() -> {
                try {
                    store.append(stream, ExpectedVersion.exactly(1), TestStreams.events(2), TestStreams.metadata());
                } catch (WrongExpectedVersion e) {
                    conflicts.incrementAndGet();
                }
                return null;
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        }

        assertThat(conflicts).hasValue(7);
        assertThat(store.readStream(stream.id())).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
    }

    @Test
    void committedEventsAreReadInTransactionIdOrderNotItsTextOrder() throws Exception {
        // Rows from transactions 9 and 10, long finished: as text "10" sorts before "9".
        String stream = "T-" + java.util.UUID.randomUUID();
        try (java.sql.Connection sql = org.desist.testing.LocalPlatform.ownerConnection("desist_eventstore_test");
                java.sql.Statement statement = sql.createStatement()) {
            for (int xid : new int[] {10, 9}) {
                statement.execute("""
                        INSERT INTO events (position, transaction_id, stream_id, stream_type, version, event_id, type,
                            schema_version, payload, actor_subject, actor_role, occurred_at, recorded_at, correlation_id, hash)
                        VALUES (nextval('events_position_seq'), '%d'::xid8, '%s', 'test', %d, gen_random_uuid(),
                            'test.thing.happened', 1, '{}', 'officer', 'probation-officer', now(), now(),
                            gen_random_uuid(), decode(repeat('00', 32), 'hex'))""".formatted(xid, stream, xid));
            }
            try {
                List<CommittedEvent> first = store.readCommitted(new LogCursor(8, 0), 2);

                assertThat(first).extracting(c -> c.cursor().transactionId()).containsExactly(9L, 10L);
                assertThat(first).extracting(c -> c.event().stream().id()).containsOnly(stream);
            } finally {
                statement.execute("ALTER TABLE events DISABLE TRIGGER events_immutable");
                statement.execute("DELETE FROM events WHERE stream_id = '" + stream + "'");
                statement.execute("ALTER TABLE events ENABLE TRIGGER events_immutable");
            }
        }
    }

    @Test
    void oneTransactionMayAppendToTheSameStreamTwice() {
        StreamId stream = TestStreams.newStream();

        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            store.append(stream, ExpectedVersion.noStream(), TestStreams.events(1), TestStreams.metadata());
            store.append(stream, ExpectedVersion.exactly(1), TestStreams.events(2), TestStreams.metadata());
        });

        assertThat(store.readStream(stream.id())).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aStreamReadsAsItStoodAtAnEarlierMoment() throws InterruptedException {
        StreamId stream = TestStreams.newStream();
        store.append(stream, ExpectedVersion.noStream(), TestStreams.events(2), TestStreams.metadata());
        Thread.sleep(5);
        Instant between = Instant.now();
        Thread.sleep(5);
        store.append(stream, ExpectedVersion.exactly(2), TestStreams.events(1), TestStreams.metadata());

        assertThat(store.readStream(stream.id(), between)).hasSize(2);
        assertThat(store.readStream(stream.id())).hasSize(3);
    }

    @Test
    void theReadModelCommitsWithTheEventsAndRebuildsFromPositionZero() {
        StreamId stream = TestStreams.newStream();
        store.append(stream, ExpectedVersion.noStream(), TestStreams.events(3), TestStreams.metadata());
        assertThat(sizes.of(stream.id())).isEqualTo(3);

        long replayed = projections.rebuild("test-stream-sizes");

        assertThat(replayed).isGreaterThanOrEqualTo(3);
        assertThat(sizes.of(stream.id())).isEqualTo(3);
    }
}
