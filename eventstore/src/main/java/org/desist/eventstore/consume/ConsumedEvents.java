package org.desist.eventstore.consume;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** Of these events, those the consumer has handled before, by ({@code source}, {@code id}): one round trip. */
    Set<Handled> handledAmong(String consumer, List<ReceivedEvent> events) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT c.source, c.event_id FROM consumed_events c "
                        + "JOIN unnest(?::text[], ?::text[]) AS e(source, event_id) "
                        + "ON c.source = e.source AND c.event_id = e.event_id WHERE c.consumer = ?")) {
            select.setArray(1, connection.createArrayOf("text", events.stream().map(ReceivedEvent::source).toArray()));
            select.setArray(2, connection.createArrayOf("text", events.stream().map(ReceivedEvent::id).toArray()));
            select.setString(3, consumer);
            Set<Handled> handled = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    handled.add(new Handled(rows.getString(1), rows.getString(2)));
                }
            }
            return handled;
        } catch (SQLException e) {
            throw new EventStoreFailure("could not look up " + events.size() + " events for " + consumer, e);
        }
    }

    /** Records the events as handled, in one statement; the number recorded now (fewer if others got there first). */
    int recordAll(String consumer, List<ReceivedEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO consumed_events "
                        + "(consumer, source, event_id) SELECT ?, source, event_id FROM unnest(?::text[], ?::text[]) "
                        + "AS e(source, event_id) ON CONFLICT DO NOTHING")) {
            insert.setString(1, consumer);
            insert.setArray(2, connection.createArrayOf("text", events.stream().map(ReceivedEvent::source).toArray()));
            insert.setArray(3, connection.createArrayOf("text", events.stream().map(ReceivedEvent::id).toArray()));
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not record " + events.size() + " events as consumed by " + consumer, e);
        }
    }

    /** A consumed event's CloudEvents identity. */
    record Handled(String source, String id) {
        static Handled of(ReceivedEvent event) {
            return new Handled(event.source(), event.id());
        }
    }

    private static void bind(PreparedStatement statement, String consumer, ReceivedEvent event) throws SQLException {
        statement.setString(1, consumer);
        statement.setString(2, event.source());
        statement.setString(3, event.id());
    }
}
