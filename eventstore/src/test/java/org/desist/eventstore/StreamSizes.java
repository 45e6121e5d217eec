package org.desist.eventstore;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.desist.eventstore.command.Decoded;
import org.desist.eventstore.projection.Projection;

/**
 * A test read model: events per stream, kept inline and rebuilt from the log, a page of it in one statement. Tests
 * may interrupt or hold up its replay ({@link #beforeReplay}).
 */
@ApplicationScoped
public class StreamSizes implements Projection<StoredEvent> {

    private final AgroalDataSource dataSource;

    StreamSizes(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "test-stream-sizes";
    }

    @Override
    public Class<StoredEvent> family() {
        return StoredEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, StoredEvent event) {
        run("INSERT INTO test_stream_sizes (stream_id, events) VALUES (?, 1) "
                + "ON CONFLICT (stream_id) DO UPDATE SET events = test_stream_sizes.events + 1", event.stream().id());
    }

    private volatile Consumer<List<StoredEvent>> beforeReplay = page -> {
    };

    /** Runs before each page is replayed: a test may throw there (a rebuild cut short) or wait. */
    public void beforeReplay(Consumer<List<StoredEvent>> hook) {
        beforeReplay = hook;
    }

    @Override
    public void replay(List<Decoded<StoredEvent>> page) {
        List<StoredEvent> events = page.stream().map(Decoded::event).toList();
        beforeReplay.accept(events);
        Map<String, Long> counts = events.stream().collect(
                Collectors.groupingBy(e -> e.stream().id(), LinkedHashMap::new, Collectors.counting()));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("INSERT INTO test_stream_sizes (stream_id, events) "
                        + "SELECT * FROM unnest(?::text[], ?::bigint[]) "
                        + "ON CONFLICT (stream_id) DO UPDATE SET events = test_stream_sizes.events + excluded.events")) {
            upsert.setArray(1, connection.createArrayOf("text", counts.keySet().toArray()));
            upsert.setArray(2, connection.createArrayOf("int8", counts.values().toArray()));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole read model: events per stream. */
    public Map<String, Long> all() {
        return rows("SELECT stream_id, events FROM test_stream_sizes");
    }

    /** What the read model must hold: events per stream, counted in the log itself. */
    public Map<String, Long> countedInTheLog() {
        return rows("SELECT stream_id, count(*) FROM events GROUP BY stream_id");
    }

    private Map<String, Long> rows(String sql) {
        Map<String, Long> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement select = connection.createStatement();
                ResultSet row = select.executeQuery(sql)) {
            while (row.next()) {
                rows.put(row.getString(1), row.getLong(2));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void reset() {
        try (Connection connection = dataSource.getConnection(); Statement delete = connection.createStatement()) {
            delete.execute("DELETE FROM test_stream_sizes");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long of(String streamId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT events FROM test_stream_sizes WHERE stream_id = ?")) {
            select.setString(1, streamId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void run(String sql, String streamId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, streamId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
