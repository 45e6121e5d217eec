package org.desist.eventstore;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/** Events and streams for the kernel's tests, unique per call so that tests share a database safely. */
public final class TestStreams {

    public static final Actor OFFICER = new Actor("officer", "probation-officer", Optional.of("N01"), Optional.empty());

    private TestStreams() {
    }

    public static StreamId newStream() {
        return StreamId.of("test", "T-" + UUID.randomUUID());
    }

    public static NewEvent event(int n) {
        return new NewEvent("test.thing.happened", 1,
                JsonNodeFactory.instance.objectNode().put("n", n).put("note", "event " + n),
                Instant.now(), Optional.empty());
    }

    public static List<NewEvent> events(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(TestStreams::event).toList();
    }

    public static CommandMetadata metadata() {
        return CommandMetadata.by(OFFICER);
    }
}
