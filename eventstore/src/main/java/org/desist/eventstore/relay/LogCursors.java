package org.desist.eventstore.relay;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.LogCursor;

/** Where each reader of the log has got to, kept in PostgreSQL beside the log itself. */
@ApplicationScoped
public class LogCursors {

    private final AgroalDataSource dataSource;

    LogCursors(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public LogCursor load(String reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT transaction_id::text, position FROM event_log_cursors WHERE name = ?")) {
            select.setString(1, reader);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new LogCursor(Long.parseUnsignedLong(row.getString(1)), row.getLong(2))
                        : LogCursor.START;
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the cursor of " + reader, e);
        }
    }

    public void save(String reader, LogCursor cursor) {
        try (Connection connection = dataSource.getConnection()) {
            save(connection, reader, cursor);
        } catch (SQLException e) {
            throw new EventStoreFailure("could not save the cursor of " + reader, e);
        }
    }

    /** Saves on the given connection: the relay saves on its leader's session, which a lost leader no longer has. */
    public void save(Connection connection, String reader, LogCursor cursor) {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO event_log_cursors (name, transaction_id, position) VALUES (?, ?::xid8, ?) "
                        + "ON CONFLICT (name) DO UPDATE SET transaction_id = excluded.transaction_id, "
                        + "position = excluded.position, updated_at = now()")) {
            upsert.setString(1, reader);
            upsert.setString(2, Long.toUnsignedString(cursor.transactionId()));
            upsert.setLong(3, cursor.position());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not save the cursor of " + reader, e);
        }
    }
}
