package org.desist.eventstore.command;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.CommandHandlerTest.TallyEvent;
import org.desist.eventstore.projection.Projection;

/** Test-only: a projection and a policy of the same family, keeping each record they were handed by event id. */
final class TallyReaders {

    static final Map<UUID, Object> PROJECTED = new ConcurrentHashMap<>();
    static final Map<UUID, Object> REACTED_TO = new ConcurrentHashMap<>();

    private TallyReaders() {
    }

    @ApplicationScoped
    static class TallyProjection implements Projection<TallyEvent> {

        @Override
        public String name() {
            return "test-tally";
        }

        @Override
        public Class<TallyEvent> family() {
            return TallyEvent.class;
        }

        @Override
        public void apply(StoredEvent stored, TallyEvent event) {
            PROJECTED.put(stored.eventId(), event);
        }

        @Override
        public void reset() {
            PROJECTED.clear();
        }
    }

    @ApplicationScoped
    static class TallyPolicy implements Policy<TallyEvent> {

        @Override
        public Class<TallyEvent> family() {
            return TallyEvent.class;
        }

        @Override
        public void react(StoredEvent stored, TallyEvent event, CommandMetadata caused) {
            REACTED_TO.put(stored.eventId(), event);
        }
    }
}
