package org.desist.eventstore.relay;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.LogCursor;

/**
 * How far a relay is behind the log: committed events after its cursor that it will publish, and the age of the
 * oldest. Asked on every scrape and health probe, so it is measured at most once a second.
 */
public class RelayLag {

    /** {@code oldest} is zero when nothing is waiting. */
    public record Measure(long events, Duration oldest) {
    }

    private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();

    private final AgroalDataSource dataSource;
    private final LogCursors cursors;
    private final String reader;
    private final List<String> privateTypes;
    private Measure last;
    private long measuredAt;

    RelayLag(AgroalDataSource dataSource, LogCursors cursors, String reader, List<String> privateTypes) {
        this.dataSource = dataSource;
        this.cursors = cursors;
        this.reader = reader;
        this.privateTypes = privateTypes;
    }

    public synchronized Measure current() {
        if (last == null || System.nanoTime() - measuredAt >= FRESH_NANOS) {
            last = measure();
            measuredAt = System.nanoTime();
        }
        return last;
    }

    private Measure measure() {
        LogCursor after = cursors.load(reader);
        // Private streams are never published: they are never behind.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(recorded_at)), 0)::float8 "
                                + "FROM events WHERE (transaction_id, position) > (?::xid8, ?) "
                                + "AND NOT (stream_type = ANY (?))")) {
            statement.setString(1, Long.toUnsignedString(after.transactionId()));
            statement.setLong(2, after.position());
            statement.setArray(3, connection.createArrayOf("text", privateTypes.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Measure(row.getLong(1), Duration.ofMillis(Math.max(0, (long) (row.getDouble(2) * 1000))));
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not measure the lag of " + reader, e);
        }
    }
}
