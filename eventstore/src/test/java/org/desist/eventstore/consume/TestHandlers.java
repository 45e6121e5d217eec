package org.desist.eventstore.consume;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.NewEvent;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.StreamSizes;
import org.desist.eventstore.TestStreams;
import org.desist.eventstore.command.RenamingUpcaster;
import org.desist.eventstore.projection.ReadsProjection;

/** Consumers for the inbox's tests: each appends what it consumed to the stream its event names. */
final class TestHandlers {

    static final String CONSUMED = "test.event.consumed";

    private TestHandlers() {
    }

    /**
     * Writes something first (as a real consumer's facts do, taking a transaction id) and then appends to the stream
     * the event's subject names: the shape that raced commands on the same stream. Data {@code "refuse": true} is
     * refused while {@link #refusing} is on; {@code "failTimes": n} fails n times for a passing reason first.
     */
    @ApplicationScoped
    static class Appending implements InboundHandler {

        static volatile boolean refusing = true;
        static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();

        private final EventStore store;
        private final AgroalDataSource dataSource;

        Appending(EventStore store, AgroalDataSource dataSource) {
            this.store = store;
            this.dataSource = dataSource;
        }

        @Override
        public String consumer() {
            return "test:appending";
        }

        @Override
        public boolean wants(String type) {
            return !type.equals("test.of-no-interest");
        }

        @Override
        public void handle(ReceivedEvent event) {
            takeTransactionId();
            if (event.data().path("refuse").asBoolean() && refusing) {
                throw new IllegalStateException("refused: the rule this test switches on");
            }
            int failTimes = event.data().path("failTimes").asInt();
            if (FAILURES.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet() <= failTimes) {
                throw new IllegalStateException("the effect failed",
                        new SQLTransientConnectionException("connection lost for a moment", "08006"));
            }
            ObjectNode payload = JsonNodeFactory.instance.objectNode().put("source", event.source()).put("id", event.id())
                    .put("time", event.time().toString()).put("schemaVersion", event.schemaVersion());
            payload.set("data", event.data());
            store.append(StreamId.of("test", event.subjectOr("stream")), ExpectedVersion.any(),
                    List.of(new NewEvent(CONSUMED, 1, payload, Instant.now(), Optional.empty())),
                    CommandMetadata.causedBy(TestStreams.OFFICER, event.causationId(), event.correlationId()));
        }

        private void takeTransactionId() {
            try (Connection connection = dataSource.getConnection()) {
                connection.createStatement().execute("SELECT pg_current_xact_id()");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A second consumer of the same events, which keeps its own record of what it handled. */
    @ApplicationScoped
    static class Counting implements InboundHandler {

        static final AtomicInteger HANDLED = new AtomicInteger();

        @Override
        public String consumer() {
            return "test:counting";
        }

        @Override
        public void handle(ReceivedEvent event) {
            HANDLED.incrementAndGet();
        }
    }

    /** A consumer that decides on a read model: it notes how many events the stream it names has there. */
    @ApplicationScoped
    @ReadsProjection("test-stream-sizes")
    static class ReadingSizes implements InboundHandler {

        static final Map<String, Long> SEEN = new ConcurrentHashMap<>();

        private final StreamSizes sizes;

        ReadingSizes(StreamSizes sizes) {
            this.sizes = sizes;
        }

        @Override
        public String consumer() {
            return "test:reading-sizes";
        }

        @Override
        public void handle(ReceivedEvent event) {
            String stream = event.subjectOr("stream");
            SEEN.put(stream, sizes.of(stream));
        }
    }

    /** A producer's schema version 2 renamed {@code officer} to {@code staffId}. */
    @ApplicationScoped
    static class OfficerRenamed extends RenamingUpcaster {
        OfficerRenamed() {
            super("test.upcast.happened", 1, Map.of("officer", "staffId"), Map.of());
        }
    }
}
