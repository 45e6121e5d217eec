package org.desist.eventstore.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.TestStreams;
import org.desist.eventstore.UuidV7;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_test"))
class IdempotentConsumerTest {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EventStore store;

    @Test
    void theSameRecordDeliveredTwiceHasItsEffectOnce() {
        StreamId stream = TestStreams.newStream();
        ConsumerRecord<String, String> record = cloudEvent(UuidV7.next(), stream.id());

        boolean first = consumer.once("test-consumer", ReceivedEvent.from(record).id(), () -> appendTo(stream));
        boolean second = consumer.once("test-consumer", ReceivedEvent.from(record).id(), () -> appendTo(stream));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(store.readStream(stream.id())).hasSize(1);
    }

    @Test
    void aFailedEffectLeavesNoRecordSoTheEventIsTriedAgain() {
        StreamId stream = TestStreams.newStream();
        UUID eventId = UuidV7.next();

        assertThatThrownBy(() -> consumer.once("test-consumer", eventId, () -> {
            appendTo(stream);
            throw new IllegalStateException("the effect failed half-way");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.readStream(stream.id())).isEmpty();

        assertThat(consumer.once("test-consumer", eventId, () -> appendTo(stream))).isTrue();
        assertThat(store.readStream(stream.id())).hasSize(1);
    }

    @Test
    void eachConsumerHandlesTheEventOnceForItself() {
        UUID eventId = UuidV7.next();
        assertThat(consumer.once("consumer-a", eventId, () -> { })).isTrue();
        assertThat(consumer.once("consumer-b", eventId, () -> { })).isTrue();
        assertThat(consumer.once("consumer-a", eventId, () -> { })).isFalse();
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsRefusedByName() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("t", 0, 0, "k", "{}");
        assertThatThrownBy(() -> ReceivedEvent.from(record)).hasMessageContaining("ce_id");
    }

    private void appendTo(StreamId stream) {
        store.append(stream, ExpectedVersion.any(), TestStreams.events(1), TestStreams.metadata());
    }

    private static ConsumerRecord<String, String> cloudEvent(UUID id, String subject) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("desist.test.events", 0, 0, subject, "{\"n\":1}");
        record.headers().add("ce_id", id.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", "test.thing.happened".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "/desist/test".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_subject", subject.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_time", "2026-01-01T00:00:00Z".getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
