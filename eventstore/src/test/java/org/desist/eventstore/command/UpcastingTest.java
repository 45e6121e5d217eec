package org.desist.eventstore.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.NewEvent;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.TestStreams;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

/** Stored events are never rewritten: an event of an older schema version is read through its upcasters. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_test"))
class UpcastingTest {

    sealed interface LabelEvent {
        /** Version 1 called the field {@code name}; version 2 calls it {@code label} and adds {@code kind}. */
        @EventType(value = "test.label.set", schemaVersion = 2)
        record LabelSet(String label, String kind) implements LabelEvent {
        }
    }

    @ApplicationScoped
    static class LabelSetVersion1 implements Upcaster {

        @Override
        public String type() {
            return "test.label.set";
        }

        @Override
        public int fromVersion() {
            return 1;
        }

        @Override
        public ObjectNode upcast(ObjectNode payload) {
            payload.set("label", payload.remove("name"));
            return payload.put("kind", "PLAIN");
        }
    }

    @Inject
    EventStore store;

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper json;

    @Test
    void anOlderEventIsReadThroughItsUpcasterAndItsStoredPayloadIsUnchanged() {
        StreamId stream = TestStreams.newStream();
        store.append(stream, ExpectedVersion.noStream(), List.of(raw(1, "{\"name\": \"first\"}"),
                raw(2, "{\"label\": \"second\", \"kind\": \"BOLD\"}")), TestStreams.metadata());

        List<StoredEvent> stored = store.readStream(stream.id());
        assertThat(stored).extracting(e -> codec.decode(e, LabelEvent.class).orElseThrow()).containsExactly(
                new LabelEvent.LabelSet("first", "PLAIN"), new LabelEvent.LabelSet("second", "BOLD"));
        assertThat(stored.getFirst().payload().toString()).isEqualTo("{\"name\":\"first\"}");
        assertThat(stored.getFirst().schemaVersion()).isEqualTo(1);
    }

    @Test
    void anEventNewerThanTheServiceReadsIsRefusedSayingWhatToDo() {
        StreamId stream = TestStreams.newStream();
        store.append(stream, ExpectedVersion.noStream(), List.of(raw(3, "{\"label\": \"x\", \"kind\": \"x\", \"more\": 1}")),
                TestStreams.metadata());
        StoredEvent newer = store.readStream(stream.id()).getFirst();
        assertThatThrownBy(() -> codec.decode(newer, LabelEvent.class)).isInstanceOf(EventStoreFailure.class)
                .hasMessageContaining("newer than this service reads");
    }

    private NewEvent raw(int schemaVersion, String payload) {
        try {
            return new NewEvent("test.label.set", schemaVersion, json.readTree(payload), Instant.now(), Optional.empty());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
