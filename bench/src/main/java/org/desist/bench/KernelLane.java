package org.desist.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.NewEvent;
import org.desist.eventstore.StreamId;

/**
 * Appends through the kernel: {@link EventStore#append} with no transaction around it, so that each append is a
 * durable transaction of its own, as a command handler's would be.
 */
final class KernelLane extends Lane<KernelLane.Batch> {

    static final String STREAM_TYPE = "bench";
    private static final Actor ACTOR = Actor.system("bench");

    record Batch(StreamId stream, ExpectedVersion expected, List<NewEvent> events) {
    }

    private final EventStore store;

    KernelLane(EventStore store, String[] streams) {
        super(streams);
        this.store = store;
    }

    @Override
    Batch prepare(int index, String stream, long version, long firstSequence, int count) {
        List<NewEvent> events = new ArrayList<>(count);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            events.add(new NewEvent(Payloads.TYPE, 1, Payloads.contact(firstSequence + i), now, Optional.empty()));
        }
        ExpectedVersion expected = version == 0 ? ExpectedVersion.noStream() : ExpectedVersion.exactly(version);
        return new Batch(StreamId.of(STREAM_TYPE, stream), expected, events);
    }

    @Override
    void append(Batch batch) {
        store.append(batch.stream(), batch.expected(), batch.events(), CommandMetadata.by(ACTOR));
    }
}
