package org.desist.eventstore.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.NewEvent;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.TestStreams;
import org.desist.testing.LocalPlatform;
import org.desist.testing.TopicReader;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_test"))
class OutboxRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EventStore store;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    org.desist.eventstore.audit.AuditVerifier verifier;

    @Test
    void eventsArePublishedAsBinaryCloudEventsKeyedByStream() {
        StreamId stream = TestStreams.newStream();
        List<StoredEvent> appended = store.append(stream, ExpectedVersion.noStream(), TestStreams.events(2),
                TestStreams.metadata());
        relayAll();

        try (TopicReader topic = new TopicReader(relay.topic())) {
            List<ConsumerRecord<String, String>> records = topic.await(r -> stream.id().equals(r.key()), 2, WAIT);
            assertThat(records).hasSize(2);
            ConsumerRecord<String, String> first = records.getFirst();
            assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(first, "ce_id")).isEqualTo(appended.getFirst().eventId().toString());
            assertThat(header(first, "ce_type")).isEqualTo("test.thing.happened");
            assertThat(header(first, "ce_source")).isEqualTo("/desist/eventstore-test");
            assertThat(header(first, "ce_subject")).isEqualTo(stream.id());
            assertThat(header(first, "ce_time")).isNotBlank();
            assertThat(header(first, "ce_streamversion")).isEqualTo("1");
            assertThat(header(first, "ce_hash")).isEqualTo(appended.getFirst().hash().hex());
            assertThat(header(records.get(1), "ce_previoushash")).isEqualTo(appended.getFirst().hash().hex());
            assertThat(first.value()).contains("\"note\":\"event 1\"");
        }
    }

    @Test
    void aRestrictedTypeGoesToTheSharedTopicWithoutItsSpecialCategoryFieldAndToItsOwnTopicWithIt_needToKnow_001() {
        StreamId stream = TestStreams.newStream();
        NewEvent registered = new NewEvent("test.person.registered", 1, JsonNodeFactory.instance.objectNode()
                .put("crn", stream.id()).put("sex", "FEMALE").put("ethnicity", "B2").put("religion", "none"),
                Instant.now(), Optional.empty());
        StoredEvent stored = store.append(stream, ExpectedVersion.noStream(), List.of(registered, TestStreams.event(2)),
                TestStreams.metadata()).getFirst();
        relayAll();

        try (TopicReader shared = new TopicReader(relay.topic());
                TopicReader monitoring = new TopicReader("desist.eventstore-test.monitoring")) {
            List<ConsumerRecord<String, String>> everyone = shared.await(r -> stream.id().equals(r.key()), 2, WAIT);
            assertThat(everyone.getFirst().value()).isEqualTo("{\"crn\":\"" + stream.id() + "\",\"sex\":\"FEMALE\"}");
            ConsumerRecord<String, String> restricted = monitoring.await(r -> stream.id().equals(r.key()), 1, WAIT)
                    .getFirst();
            assertThat(restricted.value())
                    .isEqualTo("{\"crn\":\"" + stream.id() + "\",\"ethnicity\":\"B2\",\"sex\":\"FEMALE\"}");
            assertThat(header(restricted, "ce_id")).isEqualTo(stored.eventId().toString());
            assertThat(header(restricted, "ce_type")).isEqualTo("test.person.registered");
            assertThat(header(restricted, "ce_hash")).isEqualTo(stored.hash().hex());
            // only the restricted type goes there
            assertThat(monitoring.drain(r -> stream.id().equals(r.key()), Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    void anOperatorHasTheLogPublishedAgainFromAPositionForAConsumerToRebuild() {
        StreamId stream = TestStreams.newStream();
        List<StoredEvent> appended = store.append(stream, ExpectedVersion.noStream(), TestStreams.events(3),
                TestStreams.metadata());
        relayAll();

        given().auth().oauth2(Tokens.of("operator")).when()
                .post("/admin/relay/republish?fromPosition=" + appended.get(1).position())
                .then().statusCode(202).body("fromPosition", equalTo((int) appended.get(1).position()));
        relayAll();

        try (TopicReader topic = new TopicReader(relay.topic())) {
            List<ConsumerRecord<String, String>> records = topic.await(r -> stream.id().equals(r.key()), 5, WAIT);
            assertThat(records).extracting(r -> header(r, "ce_streamversion")).containsExactly("1", "2", "3", "2", "3");
        }
        given().auth().oauth2(Tokens.of("operator")).when().post("/admin/relay/republish?fromPosition=0")
                .then().statusCode(400).body("field", equalTo("fromPosition"));
        given().auth().oauth2(Tokens.of("auditor")).when().post("/admin/relay/republish?fromPosition=1")
                .then().statusCode(403);
    }

    @Test
    void anEarlierPositionThatCommitsLateIsNotSkipped() throws Exception {
        StreamId early = TestStreams.newStream();
        StreamId late = TestStreams.newStream();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        List<StoredEvent> earlyEvents = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService executor = Executors.newSingleThreadExecutor()) {
            Future<?> held = executor.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                earlyEvents.addAll(store.append(early, ExpectedVersion.noStream(), TestStreams.events(1),
                        TestStreams.metadata()));
                appended.countDown();
                await(commit);
            }));
            assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
            StoredEvent lateEvent = store.append(late, ExpectedVersion.noStream(), TestStreams.events(1),
                    TestStreams.metadata()).getFirst();
            relayAll(); // the later position has committed; the earlier is still open
            commit.countDown();
            held.get(10, TimeUnit.SECONDS);
            assertThat(earlyEvents.getFirst().position()).isLessThan(lateEvent.position());
        }
        relayAll();

        try (TopicReader topic = new TopicReader(relay.topic())) {
            List<ConsumerRecord<String, String>> records = topic.await(
                    r -> early.id().equals(r.key()) || late.id().equals(r.key()), 2, WAIT);
            assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(early.id(), late.id());
        }
    }

    @Test
    void everyEventOfManyConcurrentWritersArrivesInStreamOrder() throws Exception {
        List<StreamId> streams = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            streams.add(TestStreams.newStream());
        }
        Map<String, Long> versions = new HashMap<>();
        streams.forEach(s -> versions.put(s.id(), 0L));
        Set<String> written = Collections.synchronizedSet(new HashSet<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        try (ExecutorService pool = Executors.newFixedThreadPool(9)) {
            Future<?> relaying = pool.submit(() -> {
                while (writing.get()) {
                    relay.relayOnce();
                }
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        StreamId stream = streams.get(ThreadLocalRandom.current().nextInt(streams.size()));
                        int count = 1 + ThreadLocalRandom.current().nextInt(3);
                        store.append(stream, ExpectedVersion.any(), TestStreams.events(count), TestStreams.metadata())
                                .forEach(e -> written.add(e.eventId().toString()));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            relaying.get(1, TimeUnit.MINUTES);
        }
        relayAll();

        Set<String> keys = new HashSet<>(versions.keySet());
        try (TopicReader topic = new TopicReader(relay.topic())) {
            List<ConsumerRecord<String, String>> records = topic.await(r -> keys.contains(r.key()), written.size(), WAIT);
            Set<String> arrived = new HashSet<>();
            for (ConsumerRecord<String, String> record : records) {
                arrived.add(header(record, "ce_id"));
                long version = Long.parseLong(header(record, "ce_streamversion"));
                long previous = versions.get(record.key());
                assertThat(version).as("stream %s in order", record.key()).isLessThanOrEqualTo(previous + 1);
                versions.put(record.key(), Math.max(previous, version));
            }
            assertThat(arrived).containsExactlyInAnyOrderElementsOf(written);
        }
        // within every stream, positions rose with versions and the chain held under contention
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void aRelayKilledBetweenPublishAndCheckpointPublishesAgain() {
        relayAll();
        StreamId stream = TestStreams.newStream();
        store.append(stream, ExpectedVersion.noStream(), TestStreams.events(1), TestStreams.metadata());

        assertThat(relay.publishNextBatch()).extracting(c -> c.event().stream()).contains(stream);
        relayAll(); // a fresh start from the last checkpoint

        try (TopicReader topic = new TopicReader(relay.topic())) {
            assertThat(topic.await(r -> stream.id().equals(r.key()), 2, WAIT)).hasSize(2);
        }
    }

    @Test
    void oneInstanceLeadsAndAnotherTakesOverWhenItGoes() {
        try (RelayLeadership first = new RelayLeadership(dataSource, "leadership-test");
                RelayLeadership second = new RelayLeadership(dataSource, "leadership-test")) {
            assertThat(first.lead()).isTrue();
            assertThat(second.lead()).isFalse();
            assertThat(first.lead()).isTrue();

            first.close();

            assertThat(second.lead()).isTrue();
            assertThat(first.lead()).isFalse();
        }
    }

    private void relayAll() {
        while (relay.relayOnce() > 0) {
            // until the log is published up to every committed event
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
