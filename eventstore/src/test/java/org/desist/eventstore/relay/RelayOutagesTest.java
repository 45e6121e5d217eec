package org.desist.eventstore.relay;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.EventStoreConfig;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.NewEvent;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.StreamWrittenConcurrently;
import org.desist.eventstore.TestStreams;
import org.desist.testing.LocalPlatform;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relay keeps order through a broker outage, says when it is stuck, and says how far behind it is. */
@QuarkusTest
@TestProfile(RelayUnderTest.class)
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_relay_test"))
@WithTestResource(EmbeddedKafka.class)
class RelayOutagesTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String RELAY = "checks.find { it.name == 'desist-relay' }";

    @Inject
    EventStore store;

    @Inject
    OutboxRelay relay;

    @Inject
    LogCursors cursors;

    @Inject
    EventStoreConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @BeforeEach
    void relayHasCaughtUp() {
        await().atMost(WAIT).until(() -> relay.refused().isEmpty() && relay.lag().events() == 0);
    }

    @Test
    void everyStreamArrivesCompleteAndInVersionOrderThroughABrokerOutage() throws Exception {
        List<StreamId> streams = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            streams.add(TestStreams.newStream());
        }
        Set<String> written = Collections.synchronizedSet(new HashSet<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger appends = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                writers.add(pool.submit(() -> {
                    while (writing.get()) {
                        StreamId stream = streams.get(ThreadLocalRandom.current().nextInt(streams.size()));
                        try {
                            store.append(stream, ExpectedVersion.any(), TestStreams.events(1 + appends.get() % 3),
                                    TestStreams.metadata()).forEach(e -> written.add(e.eventId().toString()));
                            appends.incrementAndGet();
                        } catch (StreamWrittenConcurrently e) {
                            // the other writer got there first: nothing was written
                        }
                        Thread.sleep(5);
                    }
                    return null;
                }));
            }
            try {
                await().atMost(WAIT).until(() -> appends.get() >= 100 && relay.published() > 0);
                EmbeddedKafka.stopBroker();
                try {
                    int atStop = appends.get();
                    await().atMost(WAIT).until(() -> appends.get() >= atStop + 100);
                    // Nothing can be published: the oldest waiting event ages past max-lag and readiness says so.
                    await().atMost(WAIT).untilAsserted(() -> assertThat(ready().getString(RELAY + ".status"))
                            .isEqualTo("DOWN"));
                    assertThat(ready().getString(RELAY + ".data.reason")).contains("oldest unpublished event");
                    assertThat(metrics.get("desist.relay.lag.events").gauge().value()).isPositive();
                } finally {
                    EmbeddedKafka.startBroker();
                }
                int atStart = appends.get();
                await().atMost(WAIT).until(() -> appends.get() >= atStart + 100);
            } finally {
                writing.set(false);
            }
            for (Future<?> writer : writers) {
                writer.get(1, TimeUnit.MINUTES);
            }
        }

        Set<String> keys = new HashSet<>();
        streams.forEach(s -> keys.add(s.id()));
        try (TopicReader topic = new TopicReader(EmbeddedKafka.bootstrapServers(), relay.topic())) {
            Map<String, Long> versions = new HashMap<>();
            Set<String> arrived = new HashSet<>();
            List<ConsumerRecord<String, String>> records = topic.await(r -> keys.contains(r.key())
                    && arrived.add(header(r, "ce_id")), written.size(), WAIT);
            // Only first occurrences were kept: a duplicate is harmless to idempotent consumers, a gap is not.
            for (ConsumerRecord<String, String> record : records) {
                long version = Long.parseLong(header(record, "ce_streamversion"));
                assertThat(version).as("stream %s in version order", record.key())
                        .isEqualTo(versions.getOrDefault(record.key(), 0L) + 1);
                versions.put(record.key(), version);
            }
            assertThat(arrived).containsExactlyInAnyOrderElementsOf(written);
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(ready().getString(RELAY + ".status")).isEqualTo("UP"));
    }

    @Test
    void anEventKafkaRefusesForGoodStopsTheRelayThereAndReadinessNamesItsPositionAndReason() throws Exception {
        StreamId before = TestStreams.newStream();
        StreamId large = TestStreams.newStream();
        try (Admin admin = admin()) {
            try {
                admin.createTopics(List.of(new NewTopic(relay.topic(), 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(TopicExistsException.class); // the relay has published to it
            }
            maxMessageBytes(admin, "4096");
            try {
                List<StoredEvent> first = store.append(before, ExpectedVersion.noStream(), TestStreams.events(2),
                        TestStreams.metadata());
                StoredEvent refused = store.append(large, ExpectedVersion.noStream(), List.of(largeEvent()),
                        TestStreams.metadata()).getFirst();
                StoredEvent after = store.append(before, ExpectedVersion.exactly(2), TestStreams.events(1),
                        TestStreams.metadata()).getFirst();

                await().atMost(WAIT).until(() -> ready().get(RELAY + ".data.position") != null);
                JsonPath health = ready();
                assertThat(health.getString(RELAY + ".status")).isEqualTo("DOWN");
                assertThat(health.getLong(RELAY + ".data.position")).isEqualTo(refused.position());
                assertThat(health.getString(RELAY + ".data.event")).isEqualTo(refused.eventId().toString());
                assertThat(health.getString(RELAY + ".data.reason")).contains("TooLarge");
                assertThat(metrics.get("desist.relay.stuck").gauge().value()).isEqualTo(1.0);
                assertThat(metrics.get("desist.relay.refused").functionCounter().count()).isPositive();

                // The events before it are published; nothing after it is.
                try (TopicReader topic = new TopicReader(EmbeddedKafka.bootstrapServers(), relay.topic())) {
                    Predicate<ConsumerRecord<String, String>> ours = r -> before.id().equals(r.key())
                            || large.id().equals(r.key());
                    List<ConsumerRecord<String, String>> published = new ArrayList<>(topic.await(ours, 2, WAIT));
                    published.addAll(topic.drain(ours, Duration.ofSeconds(2)));
                    assertThat(published).extracting(r -> header(r, "ce_id")).contains(
                            first.get(0).eventId().toString(), first.get(1).eventId().toString())
                            .doesNotContain(refused.eventId().toString(), after.eventId().toString());
                }
                maxMessageBytes(admin, "1048588");

                await().atMost(WAIT).untilAsserted(() -> assertThat(ready().getString(RELAY + ".status"))
                        .isEqualTo("UP"));
                assertThat(metrics.get("desist.relay.stuck").gauge().value()).isEqualTo(0.0);
                try (TopicReader topic = new TopicReader(EmbeddedKafka.bootstrapServers(), relay.topic())) {
                    assertThat(topic.await(r -> large.id().equals(r.key()) || before.id().equals(r.key()), 4, WAIT))
                            .extracting(r -> header(r, "ce_id")).contains(refused.eventId().toString(),
                                    after.eventId().toString());
                }
            } finally {
                maxMessageBytes(admin, "1048588");
            }
        }
    }

    @Test
    void lagCountsTheEventsAfterTheCursorThatWillBePublishedAndTheAgeOfTheOldest() {
        String topic = "desist.eventstore-test.lag-" + UUID.randomUUID();
        RelayCursors.skipToHead(dataSource, "relay:" + topic);
        OutboxRelay idle = new OutboxRelay(store, cursors, config, dataSource, topic);
        Instant appendedBefore = Instant.now();
        store.append(TestStreams.newStream(), ExpectedVersion.noStream(), TestStreams.events(3), TestStreams.metadata());
        store.append(StreamId.of(RelayUnderTest.PRIVATE_TYPE, "P-" + UUID.randomUUID()), ExpectedVersion.noStream(),
                TestStreams.events(2), TestStreams.metadata());

        RelayLag.Measure lag = idle.lag();
        assertThat(lag.events()).as("private streams are never published, so never behind").isEqualTo(3);
        assertThat(lag.oldest()).isLessThanOrEqualTo(Duration.between(appendedBefore, Instant.now()).plusSeconds(1));

        // Publishes the three and passes over the two, once no older transaction is open anywhere on the server.
        await().atMost(WAIT).until(() -> idle.relayOnce() == 0 && idle.lag().events() == 0);
        assertThat(idle.lag().oldest()).isZero();
    }

    private JsonPath ready() {
        return given().when().get(readiness).then().extract().jsonPath();
    }

    private Admin admin() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers());
        return Admin.create(properties);
    }

    private void maxMessageBytes(Admin admin, String bytes) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, relay.topic());
        Map<ConfigResource, Collection<AlterConfigOp>> change = Map.of(topic, List.of(new AlterConfigOp(
                new ConfigEntry("max.message.bytes", bytes), AlterConfigOp.OpType.SET)));
        // A broker just restarted by another test may not know the topic yet; the broker applies the change after
        // the controller has it.
        await().atMost(WAIT).ignoreExceptions().until(() -> {
            admin.incrementalAlterConfigs(change).all().get(30, TimeUnit.SECONDS);
            return bytes.equals(admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic)
                    .get("max.message.bytes").value());
        });
    }

    private static NewEvent largeEvent() {
        return new NewEvent("test.thing.happened", 1,
                JsonNodeFactory.instance.objectNode().put("n", 1).put("note", "x".repeat(20_000)), Instant.now(),
                Optional.empty());
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
