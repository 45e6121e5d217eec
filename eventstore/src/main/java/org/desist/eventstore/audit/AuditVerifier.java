package org.desist.eventstore.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.desist.eventstore.EventHash;
import org.desist.eventstore.EventHasher;
import org.desist.eventstore.EventRows;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.StoredEvent;

/**
 * Walks the log in position order and checks every event against the hash chain: its own hash (a changed event),
 * its stream's previous hash and version (a removed event), and its position, which the hash covers (reordered
 * events). At the end each stream's last event must be the head the stream table records (a removed last event).
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int PAGE = 5_000;

    private final AgroalDataSource dataSource;

    AuditVerifier(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    private record Link(long version, EventHash hash, long position) {
    }

    public Verification verify() {
        Map<String, Link> heads = new HashMap<>();
        long checked = 0;
        long after = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (PreparedStatement page = connection.prepareStatement(
                    "SELECT " + EventRows.COLUMNS + " FROM events WHERE position > ? ORDER BY position LIMIT ?")) {
                boolean more = true;
                while (more) {
                    page.setLong(1, after);
                    page.setInt(2, PAGE);
                    int read = 0;
                    try (ResultSet rows = page.executeQuery()) {
                        while (rows.next()) {
                            read++;
                            StoredEvent event = EventRows.one(rows);
                            checked++;
                            Optional<String> problem = check(event, heads.get(event.stream().id()));
                            if (problem.isPresent()) {
                                return Verification.brokenAt(checked, event.position(), problem.get());
                            }
                            heads.put(event.stream().id(), new Link(event.version(), event.hash(), event.position()));
                            after = event.position();
                        }
                    }
                    more = read == PAGE;
                }
            }
            Optional<Verification> truncated = checkHeads(connection, heads, checked);
            connection.commit();
            return truncated.orElse(Verification.intact(checked));
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the log to verify it", e);
        }
    }

    private static Optional<String> check(StoredEvent event, Link previous) {
        long expectedVersion = previous == null ? 1 : previous.version() + 1;
        if (event.version() != expectedVersion) {
            return Optional.of("stream " + event.stream().id() + " goes from version " + (expectedVersion - 1)
                    + " to " + event.version() + ": an event is missing or out of place");
        }
        Optional<EventHash> expectedPrevious = previous == null ? Optional.empty() : Optional.of(previous.hash());
        if (!event.previousHash().equals(expectedPrevious)) {
            return Optional.of("event " + event.eventId() + " does not follow its stream's previous event");
        }
        if (!EventHasher.hash(event).equals(event.hash())) {
            return Optional.of("event " + event.eventId() + " was changed after it was recorded");
        }
        return Optional.empty();
    }

    private static Optional<Verification> checkHeads(Connection connection, Map<String, Link> walked, long checked)
            throws SQLException {
        long firstBroken = Long.MAX_VALUE;
        String problem = null;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT stream_id, version, last_hash FROM event_streams WHERE version > 0");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Link last = walked.get(rows.getString(1));
                boolean matches = last != null && last.version() == rows.getLong(2)
                        && last.hash().equals(new EventHash(rows.getBytes(3)));
                if (!matches) {
                    long position = last == null ? 0 : last.position();
                    if (position < firstBroken) {
                        firstBroken = position;
                        problem = "stream " + rows.getString(1) + " ends before its recorded head (version "
                                + rows.getLong(2) + "): its last events were removed";
                    }
                }
            }
        }
        return problem == null ? Optional.empty() : Optional.of(Verification.brokenAt(checked, firstBroken, problem));
    }
}
