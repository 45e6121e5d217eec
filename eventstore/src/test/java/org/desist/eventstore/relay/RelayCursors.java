package org.desist.eventstore.relay;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Test helpers on relay cursors and sessions, so that a test's relay starts at the end of a shared log. */
final class RelayCursors {

    private RelayCursors() {
    }

    /** Moves the cursor past every event already in the log: the test's relay publishes only what comes next. */
    static void skipToHead(AgroalDataSource dataSource, String reader) {
        update(dataSource, "INSERT INTO event_log_cursors (name, transaction_id, position) "
                + "SELECT ?, transaction_id, position FROM events ORDER BY transaction_id DESC, position DESC LIMIT 1 "
                + "ON CONFLICT (name) DO UPDATE SET transaction_id = excluded.transaction_id, "
                + "position = excluded.position", reader);
    }

    /** Terminates, from another connection, the database session that holds the advisory lock {@code key}. */
    static int killSessionHolding(AgroalDataSource dataSource, long key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement kill = connection.prepareStatement("SELECT count(pg_terminate_backend(pid)) "
                        + "FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = ?::oid "
                        + "AND objid = ?::oid AND objsubid = 1 AND database = "
                        + "(SELECT oid FROM pg_database WHERE datname = current_database())")) {
            kill.setLong(1, key >>> 32);
            kill.setLong(2, key & 0xFFFF_FFFFL);
            try (ResultSet killed = kill.executeQuery()) {
                killed.next();
                return killed.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(AgroalDataSource dataSource, String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
