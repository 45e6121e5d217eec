package org.desist.eventstore.relay;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.LogCursor;
import org.desist.eventstore.http.NotFound;

/**
 * Publishing the log again from a position, on an operator's request, so that a consumer (a read model in another
 * service, a new system) can be rebuilt from the beginning: topics keep every event, and this refills them. The
 * request is recorded; the relay rewinds its own cursor at its next batch, so no checkpoint of a batch in flight can
 * undo it. Consumers are idempotent: what they have seen again changes nothing.
 */
@ApplicationScoped
public class Republishing {

    /** A request as recorded: publish everything from this position on, in commit order. */
    public record Request(long id, long fromPosition) {
    }

    private final AgroalDataSource dataSource;

    Republishing(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Request request(String topic, long fromPosition, String requestedBy) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM events WHERE position = ?")) {
                exists.setLong(1, fromPosition);
                try (ResultSet row = exists.executeQuery()) {
                    if (!row.next()) {
                        throw new NotFound("no event is at position " + fromPosition
                                + ": name the position of the first event to publish again (1 for the whole log)");
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO relay_republish_requests "
                    + "(topic, from_position, requested_by) VALUES (?, ?, ?) RETURNING id")) {
                insert.setString(1, topic);
                insert.setLong(2, fromPosition);
                insert.setString(3, requestedBy);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    return new Request(row.getLong(1), fromPosition);
                }
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not record the request to republish " + topic, e);
        }
    }

    /** A waiting request and the cursor it asks for: just before its event, in commit order. */
    public record Rewind(long requestId, LogCursor cursor) {
    }

    /** The oldest request waiting for this topic, if any: the relay saves its cursor, then calls {@link #applied}. */
    Optional<Rewind> waiting(String topic) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement next = connection.prepareStatement("""
                SELECT r.id, e.transaction_id::text, e.position FROM relay_republish_requests r
                JOIN events e ON e.position = r.from_position
                WHERE r.topic = ? AND r.applied_at IS NULL ORDER BY r.id LIMIT 1
                """)) {
            next.setString(1, topic);
            try (ResultSet row = next.executeQuery()) {
                return row.next() ? Optional.of(new Rewind(row.getLong(1),
                        new LogCursor(Long.parseUnsignedLong(row.getString(2)), row.getLong(3) - 1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the requests to republish " + topic, e);
        }
    }

    /** The request was applied; a relay that stops before saying so applies it again (a duplicate, never a loss). */
    void applied(long requestId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE relay_republish_requests SET applied_at = now() WHERE id = ?")) {
            update.setLong(1, requestId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not mark republish request " + requestId + " applied", e);
        }
    }
}
