package org.desist.eventstore.consume;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.StreamSizes;
import org.desist.eventstore.TestStreams;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.projection.Projections;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * No fact from another service is ever lost, nor applied twice: the inbox's promises, each tried against the real
 * database — redelivery, a consumer racing commands on the same streams, connections killed while events flow, any
 * spec-valid CloudEvent, upcasting, and dead letters that an operator sees and re-drives.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_test"))
class InboxTest {

    private static final AtomicInteger OFFSETS = new AtomicInteger();

    @Inject
    Inbox inbox;

    @Inject
    DeadLetters deadLetters;

    @Inject
    EventStore store;

    @Inject
    MeterRegistry metrics;

    @Inject
    TestHandlers.Appending appending;

    @Inject
    TestHandlers.Counting counting;

    @Inject
    TestHandlers.ReadingSizes readingSizes;

    @Inject
    StreamSizes sizes;

    @Inject
    Projections projections;

    @Test
    void theSameRecordDeliveredTwiceHasItsEffectOnce() {
        String stream = newStream();
        ConsumerRecord<String, String> record = binary(UuidV7.next().toString(), stream, "{\"n\": 1}");

        assertThat(inbox.receive(appending, record)).isEqualTo(new Inbox.Outcome.Handled(true));
        assertThat(inbox.receive(appending, record)).isEqualTo(new Inbox.Outcome.Handled(false));

        assertThat(consumed(stream)).hasSize(1);
    }

    @Test
    void eachConsumerHandlesTheEventOnceForItself() {
        ConsumerRecord<String, String> record = binary(UuidV7.next().toString(), newStream(), "{}");
        int before = TestHandlers.Counting.HANDLED.get();

        inbox.receive(appending, record);
        inbox.receive(counting, record);
        inbox.receive(counting, record);

        assertThat(TestHandlers.Counting.HANDLED.get() - before).isEqualTo(1);
    }

    @Test
    void aMinimalCloudEventWithAnyIdAndNoTimeOrSubjectIsConsumed() {
        String stream = newStream();
        String id = "order-" + UUID.randomUUID();
        ConsumerRecord<String, String> record = record(stream, "{\"stream\": \"" + stream + "\"}",
                Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "urn:another:system", "ce_type", "x.y.z"),
                1_767_225_600_000L);

        assertThat(inbox.receive(appending, record)).isEqualTo(new Inbox.Outcome.Handled(true));

        StoredEvent consumed = consumed(stream).getFirst();
        assertThat(consumed.payload().get("id").asText()).isEqualTo(id);
        assertThat(consumed.payload().get("time").asText()).isEqualTo(Instant.ofEpochMilli(1_767_225_600_000L).toString());
    }

    @Test
    void eventsAreTheSameOnlyWhenSourceAndIdAreBothTheSame() {
        String stream = newStream();
        String id = "42-" + UUID.randomUUID();
        Map<String, String> fromA = Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "/system-a",
                "ce_type", "x.y.z", "ce_subject", stream);
        Map<String, String> fromB = new HashMap<>(fromA);
        fromB.put("ce_source", "/system-b");

        inbox.receive(appending, record(stream, "{}", fromA, 0));
        inbox.receive(appending, record(stream, "{}", fromB, 0));
        inbox.receive(appending, record(stream, "{}", fromA, 0));

        assertThat(consumed(stream)).extracting(e -> e.payload().get("source").asText())
                .containsExactly("/system-a", "/system-b");
    }

    @Test
    void aStructuredModeCloudEventIsConsumed() {
        String stream = newStream();
        String json = """
                {"specversion": "1.0", "id": "s-%s", "source": "/structured", "type": "x.y.z", "subject": "%s",
                 "time": "2026-03-04T05:06:07+01:00", "data": {"n": 7}}""".formatted(UUID.randomUUID(), stream);

        inbox.receive(appending, record(stream, json, Map.of("content-type", "application/cloudevents+json"), 0));

        StoredEvent consumed = consumed(stream).getFirst();
        assertThat(consumed.payload().get("time").asText()).isEqualTo("2026-03-04T04:06:07Z");
        assertThat(consumed.payload().get("data").get("n").asInt()).isEqualTo(7);
    }

    @Test
    void anEventOfAnOlderSchemaVersionIsUpcastBeforeItIsHandled() {
        String stream = newStream();
        Map<String, String> headers = new HashMap<>(minimal("test.upcast.happened", stream));
        headers.put("ce_dataschema", "https://desist.dev/schemas/test.upcast.happened/v1");

        inbox.receive(appending, record(stream, "{\"officer\": \"jo\"}", headers, 0));

        StoredEvent consumed = consumed(stream).getFirst();
        assertThat(consumed.payload().get("data").get("staffId").asText()).isEqualTo("jo");
        assertThat(consumed.payload().get("schemaVersion").asInt()).isEqualTo(2);
    }

    @Test
    void aTransientFailureIsRetriedAndNothingIsDeadLettered() {
        String stream = newStream();
        String id = UuidV7.next().toString();

        assertThat(inbox.receive(appending, binary(id, stream, "{\"failTimes\": 3}"))).isEqualTo(new Inbox.Outcome.Handled(true));

        assertThat(consumed(stream)).hasSize(1);
        assertThat(deadLetters.list(Optional.of("test:appending"), false, 10_000))
                .noneMatch(letter -> letter.eventId().equals(Optional.of(id)));
    }

    @Test
    void aRecordMissingARequiredAttributeIsDeadLetteredNamingItAndCounted() {
        String stream = newStream();
        double before = deadLettersCounted();
        ConsumerRecord<String, String> record = record(stream, "{}",
                Map.of("ce_specversion", "1.0", "ce_id", "no-type-" + UUID.randomUUID(), "ce_source", "/x"), 0);

        Inbox.Outcome outcome = inbox.receive(appending, record);

        assertThat(outcome).isInstanceOf(Inbox.Outcome.Failed.class);
        DeadLetter letter = letterAt(record);
        assertThat(letter.kind()).isEqualTo(DeadLetter.MALFORMED);
        assertThat(letter.reason()).contains("ce_type");
        assertThat(deadLettersCounted() - before).isEqualTo(1.0);
        assertThat(consumed(stream)).isEmpty();
    }

    @Test
    void aRefusedEventIsDeadLetteredThenRedrivenOnceAfterTheFix() {
        String stream = newStream();
        ConsumerRecord<String, String> record = binary(UuidV7.next().toString(), stream, "{\"refuse\": true}");
        TestHandlers.Appending.refusing = true;

        inbox.receive(appending, record);
        DeadLetter letter = letterAt(record);
        assertThat(letter.kind()).isEqualTo(DeadLetter.REFUSED);
        assertThat(letter.reason()).contains("refused: the rule this test switches on");
        assertThat(consumed(stream)).isEmpty();
        assertThat(inbox.redrive(Optional.of("test:appending"), Optional.of(letter.id())).stillFailing()).isEqualTo(1);

        TestHandlers.Appending.refusing = false;
        try {
            Inbox.Redrive first = inbox.redrive(Optional.of("test:appending"), Optional.of(letter.id()));
            Inbox.Redrive second = inbox.redrive(Optional.of("test:appending"), Optional.of(letter.id()));

            assertThat(first.redriven()).isEqualTo(1);
            assertThat(second.attempted()).isZero();
            assertThat(consumed(stream)).hasSize(1);
            assertThat(letterAt(record).redrivenAt()).isPresent();
        } finally {
            TestHandlers.Appending.refusing = true;
        }
    }

    @Test
    void operatorsListAndRedriveDeadLettersOverRest() {
        ConsumerRecord<String, String> record = record(newStream(), "{}",
                Map.of("ce_specversion", "1.0", "ce_id", "rest-" + UUID.randomUUID(), "ce_source", "/x"), 0);
        inbox.receive(appending, record);
        long id = letterAt(record).id();

        given().auth().oauth2(Tokens.of("operator")).when().get("/admin/dead-letters?consumer=test:appending&waiting=true")
                .then().statusCode(200)
                .body("find { it.id == " + id + " }.kind", equalTo("malformed"))
                .body("find { it.id == " + id + " }.consumer", equalTo("test:appending"));
        given().auth().oauth2(Tokens.of("operator")).when().post("/admin/dead-letters/redrive?id=" + id)
                .then().statusCode(200).body("attempted", equalTo(1)).body("stillFailing", equalTo(1))
                .body("results[0].outcome", equalTo("malformed"));
        given().auth().oauth2(Tokens.of("operator")).when().get("/admin/dead-letters?limit=many").then().statusCode(400)
                .body("field", equalTo("limit"));
        given().auth().oauth2(Tokens.of("auditor")).when().get("/admin/dead-letters").then().statusCode(403);
        given().auth().oauth2(Tokens.of("auditor")).when().post("/admin/dead-letters/redrive").then().statusCode(403);
    }

    @Test
    void aConsumerRacingCommandsOnTheSameStreamsAppliesEveryFactExactlyOnce() throws Exception {
        List<String> streams = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            streams.add(newStream());
        }
        AtomicBoolean consuming = new AtomicBoolean(true);
        AtomicInteger commands = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            running.add(writers.submit(() -> {
                for (int n = 0; consuming.get(); n++) {
                    store.append(StreamId.of("test", streams.get(n % streams.size())), ExpectedVersion.any(),
                            TestStreams.events(1), TestStreams.metadata());
                    commands.incrementAndGet();
                }
            }));
        }
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 1_000; i++) {
                String id = UuidV7.next().toString();
                ids.add(id);
                inbox.receive(appending, binary(id, streams.get(i % streams.size()), "{}"));
            }
        } finally {
            consuming.set(false);
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdown();
        }

        Map<String, Long> applied = streams.stream().flatMap(s -> consumed(s).stream())
                .collect(Collectors.groupingBy(e -> e.payload().get("id").asText(), Collectors.counting()));
        assertThat(commands.get()).as("commands interleaved").isGreaterThan(100);
        assertThat(applied).hasSize(1_000);
        assertThat(applied.values()).containsOnly(1L);
        assertThat(applied.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void connectionsKilledWhileEventsFlowLoseNothingAndDeadLetterNothing() throws Exception {
        String stream = newStream();
        AtomicBoolean flowing = new AtomicBoolean(true);
        AtomicInteger killed = new AtomicInteger();
        Thread killer = Thread.ofPlatform().start(() -> {
            try (Connection admin = DriverManager.getConnection(LocalPlatform.jdbcUrl("desist_eventstore_test"),
                    LocalPlatform.DB_USER, LocalPlatform.DB_PASSWORD);
                    PreparedStatement kill = admin.prepareStatement("SELECT count(pg_terminate_backend(pid)) "
                            + "FROM pg_stat_activity WHERE datname = current_database() AND application_name = ?")) {
                kill.setString(1, LocalPlatform.APPLICATION_NAME);
                while (flowing.get()) {
                    Thread.sleep(150);
                    try (var rows = kill.executeQuery()) {
                        rows.next();
                        killed.addAndGet(rows.getInt(1));
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<Inbox.Outcome> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                outcomes.add(inbox.receive(appending, binary(UuidV7.next().toString(), stream, "{\"i\": " + i + "}")));
            }
        } finally {
            flowing.set(false);
            killer.join();
        }

        assertThat(killed.get()).as("connections killed").isPositive();
        // A commit cut off by a killed connection may have held: the next try then finds the event handled (ran=false).
        assertThat(outcomes).allMatch(outcome -> outcome instanceof Inbox.Outcome.Handled);
        assertThat(consumed(stream)).extracting(e -> e.payload().get("data").get("i").asInt())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 200).boxed().toList());
    }

    @Test
    void aConsumerOfAReadModelWaitsWhileItIsRebuiltThenDecidesOnItWhole() throws Exception {
        StreamId stream = TestStreams.newStream();
        store.append(stream, ExpectedVersion.noStream(), TestStreams.events(2), TestStreams.metadata());
        CountDownLatch replaying = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        sizes.beforeReplay(page -> {
            if (first.getAndSet(false)) {
                replaying.countDown();
                try {
                    goOn.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Long> rebuild = threads.submit(() -> projections.rebuild("test-stream-sizes"));
            assertThat(replaying.await(30, TimeUnit.SECONDS)).isTrue();

            Future<Inbox.Outcome> outcome = threads.submit(() -> inbox.receive(readingSizes,
                    record(stream.id(), "{}", minimal("test.thing.happened", stream.id()), 0)));
            Thread.sleep(500);
            assertThat(outcome.isDone()).as("held back while the read model is part-built").isFalse();
            goOn.countDown();
            rebuild.get(60, TimeUnit.SECONDS);

            assertThat(outcome.get(30, TimeUnit.SECONDS)).isEqualTo(new Inbox.Outcome.Handled(true));
        } finally {
            goOn.countDown();
            sizes.beforeReplay(page -> {
            });
        }
        assertThat(TestHandlers.ReadingSizes.SEEN).containsEntry(stream.id(), 2L);
    }

    @Test
    void aBatchHasEachEffectOnceInOrderAndRedeliveryWithinOrAcrossBatchesChangesNothing() {
        String stream = newStream();
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(binary(UuidV7.next().toString(), stream, "{\"i\": " + i + "}"));
        }
        records.add(3, records.get(1));

        List<Inbox.Outcome> first = inbox.receiveAll(appending, records);
        List<Inbox.Outcome> again = inbox.receiveAll(appending, records);

        assertThat(first).extracting(o -> ((Inbox.Outcome.Handled) o).ran())
                .containsExactly(true, true, true, false, true, true);
        assertThat(again).containsOnly(new Inbox.Outcome.Handled(false));
        assertThat(consumed(stream)).extracting(e -> e.payload().get("data").get("i").asInt())
                .containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aBatchLargerThanTheBatchSizeIsHandledInOrderAcrossTransactions() {
        String stream = newStream();
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            records.add(binary(UuidV7.next().toString(), stream, "{\"i\": " + i + "}"));
        }

        assertThat(inbox.receiveAll(appending, records)).containsOnly(new Inbox.Outcome.Handled(true));

        assertThat(consumed(stream)).extracting(e -> e.payload().get("data").get("i").asInt())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 600).boxed().toList());
    }

    @Test
    void aPollOfSeveralPartitionsKeepsEachPartitionsOrderAndAnswersEachRecordInPlace() {
        List<String> streams = List.of(newStream(), newStream(), newStream());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int partition = i % 3;
            ConsumerRecord<String, String> record = binary(UuidV7.next().toString(), streams.get(partition),
                    "{\"i\": " + i + "}");
            records.add(new ConsumerRecord<>(record.topic(), partition, record.offset(), record.timestamp(),
                    TimestampType.CREATE_TIME, -1, -1, record.key(), record.value(), record.headers(), Optional.empty()));
        }
        records.add(records.get(4));

        List<Inbox.Outcome> outcomes = inbox.receiveAll(appending, records);

        assertThat(outcomes.subList(0, 300)).containsOnly(new Inbox.Outcome.Handled(true));
        assertThat(outcomes.get(300)).isEqualTo(new Inbox.Outcome.Handled(false));
        for (int partition = 0; partition < 3; partition++) {
            int p = partition;
            assertThat(consumed(streams.get(p))).extracting(e -> e.payload().get("data").get("i").asInt())
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 300).filter(i -> i % 3 == p)
                            .boxed().toList());
        }
    }

    @Test
    void aRefusedRecordInABatchIsDeadLetteredAloneAndTheOthersTakeEffectOnce() {
        String stream = newStream();
        ConsumerRecord<String, String> refused = binary(UuidV7.next().toString(), stream, "{\"refuse\": true}");
        List<ConsumerRecord<String, String>> records = List.of(binary(UuidV7.next().toString(), stream, "{\"i\": 0}"),
                refused, binary(UuidV7.next().toString(), stream, "{\"i\": 2}"));
        TestHandlers.Appending.refusing = true;

        List<Inbox.Outcome> outcomes = inbox.receiveAll(appending, records);

        assertThat(outcomes.get(0)).isEqualTo(new Inbox.Outcome.Handled(true));
        assertThat(outcomes.get(1)).isInstanceOf(Inbox.Outcome.Failed.class);
        assertThat(outcomes.get(2)).isEqualTo(new Inbox.Outcome.Handled(true));
        assertThat(letterAt(refused).kind()).isEqualTo(DeadLetter.REFUSED);
        // the batch was rolled back before its records were handed over one at a time: no effect twice
        assertThat(consumed(stream)).extracting(e -> e.payload().get("data").get("i").asInt()).containsExactly(0, 2);
    }

    @Test
    void aMalformedRecordInABatchIsSetAsideAndTheOthersAreHandled() {
        String stream = newStream();
        ConsumerRecord<String, String> malformed = record(stream, "{}",
                Map.of("ce_specversion", "1.0", "ce_id", "no-type-" + UUID.randomUUID(), "ce_source", "/x"), 0);

        List<Inbox.Outcome> outcomes = inbox.receiveAll(appending, List.of(malformed,
                binary(UuidV7.next().toString(), stream, "{\"i\": 1}")));

        assertThat(outcomes.get(0)).isInstanceOf(Inbox.Outcome.Failed.class);
        assertThat(outcomes.get(1)).isEqualTo(new Inbox.Outcome.Handled(true));
        assertThat(letterAt(malformed).kind()).isEqualTo(DeadLetter.MALFORMED);
        assertThat(consumed(stream)).hasSize(1);
    }

    @Test
    void aTransientFailureInABatchIsRetriedAndEventsOfNoInterestLeaveNoRecord() {
        String stream = newStream();
        Map<String, String> noInterest = new HashMap<>(minimal("test.of-no-interest", stream));

        List<Inbox.Outcome> outcomes = inbox.receiveAll(appending, List.of(
                binary(UuidV7.next().toString(), stream, "{\"failTimes\": 2}"), record(stream, "{}", noInterest, 0),
                binary(UuidV7.next().toString(), stream, "{\"i\": 2}")));

        assertThat(outcomes).containsExactly(new Inbox.Outcome.Handled(true), new Inbox.Outcome.Handled(false),
                new Inbox.Outcome.Handled(true));
        assertThat(consumed(stream)).hasSize(2);
    }

    private double deadLettersCounted() {
        var counter = metrics.find("desist.consumer.dead.letters").tag("consumer", "test:appending").counter();
        return counter == null ? 0 : counter.count();
    }

    private DeadLetter letterAt(ConsumerRecord<String, String> record) {
        return deadLetters.list(Optional.of("test:appending"), false, 10_000).stream()
                .filter(l -> l.topic().equals(record.topic()) && l.offset() == record.offset()).findFirst().orElseThrow();
    }

    private List<StoredEvent> consumed(String stream) {
        return store.readStream(stream).stream().filter(e -> e.type().equals(TestHandlers.CONSUMED)).toList();
    }

    private static String newStream() {
        return TestStreams.newStream().id();
    }

    private static Map<String, String> minimal(String type, String subject) {
        return Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "/desist/test",
                "ce_type", type, "ce_subject", subject);
    }

    private static ConsumerRecord<String, String> binary(String id, String subject, String json) {
        Map<String, String> headers = new HashMap<>(minimal("test.thing.happened", subject));
        headers.put("ce_id", id);
        headers.put("ce_time", "2026-01-01T00:00:00Z");
        return record(subject, json, headers, 0);
    }

    private static ConsumerRecord<String, String> record(String key, String json, Map<String, String> headers,
            long timestamp) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, value) -> recordHeaders.add(name, value.getBytes(StandardCharsets.UTF_8)));
        // A fresh offset per record: a dead letter is kept once per topic, partition and offset.
        return new ConsumerRecord<>("desist.inbox-test." + UUID.randomUUID(), 0, OFFSETS.incrementAndGet(), timestamp,
                TimestampType.CREATE_TIME, -1, -1, key, json, recordHeaders, Optional.empty());
    }
}
