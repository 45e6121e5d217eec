package org.desist.eventstore.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.EventStoreConfig;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.LogCursor;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.TestStreams;
import org.desist.testing.LocalPlatform;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.Test;

/** A leader that loses its lock stops publishing before another starts, and the next one resumes at the checkpoint. */
@QuarkusTest
@TestProfile(RelayUnderTest.class)
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_relay_test"))
@WithTestResource(EmbeddedKafka.class)
class RelayFencingTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    EventStore store;

    @Inject
    LogCursors cursors;

    @Inject
    EventStoreConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLeaderWhoseSessionIsKilledPublishesNothingMoreAndTheNextPublishesExactlyFromTheCheckpoint()
            throws Exception {
        String topic = "desist.eventstore-test.fencing-" + UUID.randomUUID();
        RelayCursors.skipToHead(dataSource, "relay:" + topic);
        OutboxRelay first = new OutboxRelay(store, cursors, config, dataSource, topic);
        OutboxRelay second = new OutboxRelay(store, cursors, config, dataSource, topic);
        try {
            first.start();
            Set<String> beforeKill = append(3);
            await().atMost(WAIT).until(() -> first.published() == beforeKill.size());
            second.start(); // a follower: the first holds the lock

            long key = new RelayLeadership(dataSource, "relay:" + topic).key();
            assertThat(RelayCursors.killSessionHolding(dataSource, key)).isEqualTo(1);
            long publishedByFirst = first.published();
            Set<String> afterKill = append(3);

            await().atMost(WAIT).until(() -> second.published() == afterKill.size());
            try (TopicReader reader = new TopicReader(EmbeddedKafka.bootstrapServers(), topic)) {
                List<ConsumerRecord<String, String>> records = reader.drain(r -> true, Duration.ofSeconds(5));
                List<String> ids = records.stream().map(r -> RelayOutagesTest.header(r, "ce_id")).toList();
                Set<String> expected = new HashSet<>(beforeKill);
                expected.addAll(afterKill);
                assertThat(ids).as("each event once: the second resumed exactly at the first's checkpoint")
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
            assertThat(first.published()).as("the first published nothing after its session was killed")
                    .isEqualTo(publishedByFirst);
            assertThat(second.published()).isEqualTo(afterKill.size());
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void aLeaderWhoseSessionIsGoneCannotCheckpoint() {
        String reader = "fencing-" + UUID.randomUUID();
        try (RelayLeadership leader = new RelayLeadership(dataSource, reader)) {
            assertThat(leader.lead()).isTrue();
            assertThat(leader.checkpoint(cursors, reader, new LogCursor(1, 1))).isTrue();
            assertThat(cursors.load(reader)).isEqualTo(new LogCursor(1, 1));

            assertThat(RelayCursors.killSessionHolding(dataSource, leader.key())).isEqualTo(1);

            assertThat(leader.stillLeads()).isFalse();
            assertThat(leader.checkpoint(cursors, reader, new LogCursor(2, 2))).isFalse();
            assertThat(cursors.load(reader)).isEqualTo(new LogCursor(1, 1));
        }
    }

    private Set<String> append(int streams) {
        Set<String> ids = new HashSet<>();
        List<StreamId> appended = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            StreamId stream = TestStreams.newStream();
            appended.add(stream);
            store.append(stream, ExpectedVersion.noStream(), TestStreams.events(2), TestStreams.metadata())
                    .forEach(e -> ids.add(e.eventId().toString()));
        }
        return ids;
    }
}
