package org.desist.eventstore.consume;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.desist.eventstore.EventStoreFailure;

/** The events each consumer has handled, by CloudEvents identity ({@code source}, {@code id}). */
@ApplicationScoped
class ConsumedEvents {

    private final AgroalDataSource dataSource;

    ConsumedEvents(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean contains(String consumer, ReceivedEvent event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT 1 FROM consumed_events WHERE consumer = ? AND source = ? AND event_id = ?")) {
            bind(select, consumer, event);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not look up event " + event.id() + " for " + consumer, e);
        }
    }

    /** Records the event as handled; false when another delivery recorded it first. */
    boolean record(String consumer, ReceivedEvent event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO consumed_events "
                        + "(consumer, source, event_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            bind(insert, consumer, event);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new EventStoreFailure("could not record event " + event.id() + " as consumed by " + consumer, e);
        }
    }

    private static void bind(PreparedStatement statement, String consumer, ReceivedEvent event) throws SQLException {
        statement.setString(1, consumer);
        statement.setString(2, event.source());
        statement.setString(3, event.id());
    }
}
