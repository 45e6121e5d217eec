package org.desist.eventstore.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.desist.eventstore.CommittedEvent;
import org.desist.eventstore.EventHash;
import org.desist.eventstore.EventHasher;
import org.desist.eventstore.EventRows;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.LogCursor;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.relay.LogCursors;

/**
 * Checks the log against its hash chain: every event's own hash (a changed event), its stream's previous hash and
 * version (a removed event), and its position, which the hash covers (reordered events); and every stream's last event
 * against the head the stream table records (a removed last event).
 *
 * <p>{@link #verify} is incremental: it checks the events committed since the last walk that found the log intact, in
 * commit order, each against its stored predecessor, and then the stream heads. {@link #verifyAll} walks the whole
 * log. What an incremental walk cannot see — an event verified before and changed since — the full walk finds, and
 * the signed Merkle checkpoints with {@link LogAuditor} find even when its hash chain was recomputed.
 */
@ApplicationScoped
public class AuditVerifier {

    static final String CURSOR = "audit-verify";
    private static final int PAGE = 5_000;

    private final AgroalDataSource dataSource;
    private final EventStore store;
    private final LogCursors cursors;

    AuditVerifier(AgroalDataSource dataSource, EventStore store, LogCursors cursors) {
        this.dataSource = dataSource;
        this.store = store;
        this.cursors = cursors;
    }

    private record Link(long version, EventHash hash, long position) {
    }

    private record Broken(long position, String problem) {
    }

    /** The events committed since the last intact walk, and the stream heads; moves the mark on when all is well. */
    public synchronized Verification verify() {
        Map<String, Link> walked = new HashMap<>();
        LogCursor cursor = cursors.load(CURSOR);
        long checked = 0;
        Optional<Broken> broken = Optional.empty();
        while (broken.isEmpty()) {
            List<CommittedEvent> page = store.readCommitted(cursor, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Map<String, Link> stored = predecessors(page, walked);
            for (CommittedEvent committed : page) {
                StoredEvent event = committed.event();
                String stream = event.stream().id();
                checked++;
                Optional<String> problem = check(event, walked.containsKey(stream) ? walked.get(stream) : stored.get(stream));
                // Reordered rows are reported where the lower position is: the first place the log is wrong.
                if (problem.isPresent() && (broken.isEmpty() || event.position() < broken.get().position())) {
                    broken = Optional.of(new Broken(event.position(), problem.get()));
                }
                walked.put(stream, new Link(event.version(), event.hash(), event.position()));
            }
            cursor = page.getLast().cursor();
        }
        if (broken.isEmpty()) {
            try (Connection connection = dataSource.getConnection()) {
                broken = brokenHead(connection);
            } catch (SQLException e) {
                throw new EventStoreFailure("could not read the stream heads to verify them", e);
            }
        }
        if (broken.isPresent()) {
            return Verification.brokenAt(checked, broken.get().position(), broken.get().problem());
        }
        cursors.save(CURSOR, cursor);
        return Verification.intact(checked);
    }

    /** How far a full walk has got: told the events it will check, then after each page how many it has. */
    public interface Progress {

        Progress NONE = new Progress() {
        };

        default void toCheck(long total) {
        }

        default void checked(long soFar) {
        }
    }

    /** The whole log in position order, and the stream heads. */
    public Verification verifyAll() {
        return verifyAll(Progress.NONE);
    }

    /** The whole log in position order, and the stream heads, in one snapshot; tells {@code progress} as it goes. */
    public Verification verifyAll(Progress progress) {
        Map<String, Link> walked = new HashMap<>();
        long checked = 0;
        long after = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM events");
                    ResultSet total = count.executeQuery()) {
                total.next();
                progress.toCheck(total.getLong(1));
            }
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
                            Optional<String> problem = check(event, walked.get(event.stream().id()));
                            if (problem.isPresent()) {
                                connection.rollback();
                                return Verification.brokenAt(checked, event.position(), problem.get());
                            }
                            walked.put(event.stream().id(), new Link(event.version(), event.hash(), event.position()));
                            after = event.position();
                        }
                    }
                    more = read == PAGE;
                    progress.checked(checked);
                }
            }
            Optional<Broken> head = brokenHead(connection);
            connection.commit();
            return head.isPresent() ? Verification.brokenAt(checked, head.get().position(), head.get().problem())
                    : Verification.intact(checked);
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the log to verify it", e);
        }
    }

    /** The stored predecessor of each stream's first event in the page, for streams not walked yet. */
    private Map<String, Link> predecessors(List<CommittedEvent> page, Map<String, Link> walked) {
        Map<String, Long> wanted = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (CommittedEvent committed : page) {
            StoredEvent event = committed.event();
            String stream = event.stream().id();
            if (seen.add(stream) && !walked.containsKey(stream) && event.version() > 1) {
                wanted.put(stream, event.version() - 1);
            }
        }
        Map<String, Link> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        List<String> streams = new ArrayList<>(wanted.keySet());
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT e.stream_id, e.version, e.hash, e.position FROM events e "
                        + "JOIN unnest(?::text[], ?::bigint[]) AS w(stream_id, version) USING (stream_id, version)")) {
            select.setArray(1, connection.createArrayOf("text", streams.toArray()));
            select.setArray(2, connection.createArrayOf("bigint", streams.stream().map(wanted::get).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), new Link(rows.getLong(2), new EventHash(rows.getBytes(3)), rows.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the log to verify it", e);
        }
        return found;
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

    /** A stream whose last event is not the head the stream table records (its last events removed), if any. */
    private static Optional<Broken> brokenHead(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT s.stream_id, s.version,
                       (SELECT coalesce(max(position), 0) FROM events r WHERE r.stream_id = s.stream_id) AS last_position
                FROM event_streams s LEFT JOIN events e ON e.stream_id = s.stream_id AND e.version = s.version
                WHERE s.version > 0 AND (e.hash IS NULL OR e.hash <> s.last_hash)
                ORDER BY last_position LIMIT 1
                """); ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new Broken(row.getLong("last_position"), "stream " + row.getString(1)
                    + " ends before its recorded head (version " + row.getLong(2) + "): its last events were removed"));
        }
    }
}
