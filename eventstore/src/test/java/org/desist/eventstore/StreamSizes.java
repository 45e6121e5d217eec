package org.desist.eventstore;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.desist.eventstore.projection.Projection;

/** A test read model: events per stream, kept inline and rebuilt from the log. */
@ApplicationScoped
public class StreamSizes implements Projection {

    private final AgroalDataSource dataSource;

    StreamSizes(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "test-stream-sizes";
    }

    @Override
    public void apply(StoredEvent event) {
        run("INSERT INTO test_stream_sizes (stream_id, events) VALUES (?, 1) "
                + "ON CONFLICT (stream_id) DO UPDATE SET events = test_stream_sizes.events + 1", event.stream().id());
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
