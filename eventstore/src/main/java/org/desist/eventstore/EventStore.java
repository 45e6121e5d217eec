package org.desist.eventstore;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.projection.Projections;
import org.desist.eventstore.relay.AppendSignal;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The append-only event log of one service, in its PostgreSQL database.
 *
 * <p>An append locks the stream's head row, checks the expected version, takes positions, hash-chains the new events
 * to the stream's last one and inserts them with the head's new version — all in the caller's transaction, so that a
 * command's events, its read models and any consumed-event record commit or roll back together.
 */
@ApplicationScoped
public class EventStore {

    private static final String SELECT = "SELECT " + EventRows.COLUMNS + " FROM events ";
    private static final int RETRIES = 5;
    /** Kafka's default largest record is 1 MiB; an event's payload leaves room for its CloudEvent headers. */
    public static final int MAX_PAYLOAD_BYTES = 900 * 1024;

    private final AgroalDataSource dataSource;
    private final Projections projections;
    private final TransactionSynchronizationRegistry transactions;
    private final AppendSignal appends;

    EventStore(AgroalDataSource dataSource, Projections projections, TransactionSynchronizationRegistry transactions,
            AppendSignal appends) {
        this.dataSource = dataSource;
        this.projections = projections;
        this.transactions = transactions;
        this.appends = appends;
    }

    /**
     * Appends the events after the expected version. Inside a caller's transaction the append joins it; otherwise it
     * runs in a transaction of its own, and an {@link ExpectedVersion#any() any}-version append that met a concurrent
     * writer of the same stream is retried.
     */
    public List<StoredEvent> append(StreamId stream, ExpectedVersion expected, List<NewEvent> events,
            CommandMetadata metadata) {
        if (events.isEmpty()) {
            return List.of();
        }
        if (QuarkusTransaction.isActive()) {
            return appendInTransaction(stream, expected, events, metadata);
        }
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> appendInTransaction(stream, expected, events, metadata));
            } catch (StreamWrittenConcurrently e) {
                if (attempt == RETRIES) {
                    throw e;
                }
            }
        }
    }

    /** Once the appending transaction commits, the relay is woken to publish at once (once per transaction). */
    private void signalOnCommit() {
        if (transactions.getResource(AppendSignal.class) == null) {
            transactions.putResource(AppendSignal.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the relay may publish only what has committed
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        appends.committed();
                    }
                }
            });
        }
    }

    private List<StoredEvent> appendInTransaction(StreamId stream, ExpectedVersion expected, List<NewEvent> events,
            CommandMetadata metadata) {
        try (Connection connection = dataSource.getConnection()) {
            StreamHead head = lockHead(connection, stream, expected, events.size());
            List<String> payloads = events.stream().map(EventStore::storable).toList();
            List<StoredEvent> stored = chain(stream, head, events, payloads, metadata);
            insert(connection, stream, stored, payloads);
            projections.apply(stored);
            signalOnCommit();
            return stored;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new WrongExpectedVersion(stream.id(), expected, currentVersion(stream.id()));
            }
            throw new EventStoreFailure("could not append to stream " + stream.id(), e);
        }
    }

    /**
     * The payload's canonical JSON, once the event is known to be one the log can keep and the relay can publish:
     * refused ({@link UnstorableValue}) before anything is written otherwise.
     */
    private static String storable(NewEvent event) {
        if (!PlausibleTime.admits(event.occurredAt())) {
            throw new UnstorableValue("occurredAt", PlausibleTime.RULE, "the event " + event.type() + " is dated "
                    + event.occurredAt() + ": dates must be " + PlausibleTime.RULE);
        }
        String canonical = CanonicalJson.of(event.payload());
        if (canonical.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new UnstorableValue("body", "at most " + MAX_PAYLOAD_BYTES + " bytes of event",
                    "the event " + event.type() + " would be larger than Kafka accepts (" + MAX_PAYLOAD_BYTES
                            + " bytes): shorten its text");
        }
        return canonical;
    }

    /**
     * Holds the stream's head until the caller's transaction ends, so that what the caller reads of the stream next
     * is still its latest when it appends: for commands that decide on the current state without naming a version
     * (no If-Match). A stream that does not exist yet is not held.
     */
    public void hold(StreamId stream) {
        if (!QuarkusTransaction.isActive()) {
            throw new IllegalStateException("hold(" + stream.id() + ") means nothing outside a transaction");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement(
                        "SELECT version FROM event_streams WHERE stream_id = ? FOR UPDATE")) {
            lock.setString(1, stream.id());
            lock.executeQuery().close();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not hold stream " + stream.id(), e);
        }
    }

    /** Every event of the stream, in version order. */
    public List<StoredEvent> readStream(String streamId) {
        return query(SELECT + "WHERE stream_id = ? ORDER BY version", ps -> ps.setString(1, streamId));
    }

    /** The stream's events after {@code version}, in version order: what a state folded up to it still lacks. */
    public List<StoredEvent> readStreamAfter(String streamId, long version) {
        return query(SELECT + "WHERE stream_id = ? AND version > ? ORDER BY version", ps -> {
            ps.setString(1, streamId);
            ps.setLong(2, version);
        });
    }

    /** The stream's events after {@code after} up to and including {@code upTo}, in version order. */
    public List<StoredEvent> readStreamBetween(String streamId, long after, long upTo) {
        return query(SELECT + "WHERE stream_id = ? AND version > ? AND version <= ? ORDER BY version", ps -> {
            ps.setString(1, streamId);
            ps.setLong(2, after);
            ps.setLong(3, upTo);
        });
    }

    /** The stream as it stood at {@code asOf}: the events recorded by then. */
    public List<StoredEvent> readStream(String streamId, Instant asOf) {
        return query(SELECT + "WHERE stream_id = ? AND recorded_at <= ? ORDER BY version", ps -> {
            ps.setString(1, streamId);
            ps.setTimestamp(2, Timestamp.from(asOf));
        });
    }

    /**
     * Every event whose payload names {@code value} in its top-level field {@code field}, in log order: the records
     * about a person that are kept in other people's streams (a gift a person on probation offered, on the staff
     * member's stream). A scan of the log: for rare questions such as a subject access request.
     */
    public List<StoredEvent> readMentioning(String field, String value) {
        return query(SELECT + "WHERE payload ->> ? = ? ORDER BY position", ps -> {
            ps.setString(1, field);
            ps.setString(2, value);
        });
    }

    /** A page of the whole log by position; within a stream, position order is version order. */
    public List<StoredEvent> readLog(long afterPosition, int limit) {
        return query(SELECT + "WHERE position > ? ORDER BY position LIMIT ?", ps -> {
            ps.setLong(1, afterPosition);
            ps.setInt(2, limit);
        });
    }

    /**
     * The next events for a reader that must miss none: only events older than every transaction still running
     * (RECIPES.md, "Out-of-order commits"), in (transaction id, position) order, after the cursor. A stream's
     * versions are written by increasing transaction ids (see {@link #lockHead}), so this order keeps each stream's.
     */
    public List<CommittedEvent> readCommitted(LogCursor after, int limit) {
        return readInCommitOrder(after, limit, "WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot()) ");
    }

    /**
     * Every event committed and visible now after the cursor, in (transaction id, position) order, with no wait for
     * older transactions to end: only for a reader that holds back every append that could still commit an event
     * before the cursor's place (a projection's final rebuild step, under its exclusive lock).
     */
    public List<CommittedEvent> readVisible(LogCursor after, int limit) {
        return readInCommitOrder(after, limit, "");
    }

    private List<CommittedEvent> readInCommitOrder(LogCursor after, int limit, String horizon) {
        // The text form of the transaction id has a name of its own: ORDER BY transaction_id must sort by the xid8
        // column, not by its text (where "1001" sorts before "998").
        // The page is taken in index order first and only then cut at the horizon (a prefix of it, since it is
        // ordered by transaction id): PostgreSQL cannot estimate "transaction_id < pg_snapshot_xmin(...)", guesses a
        // third of the rows, and would otherwise scan and sort the whole rest of the log for every page.
        String sql = "SELECT * FROM (SELECT transaction_id, transaction_id::text AS transaction_id_text, "
                + EventRows.COLUMNS + " FROM events WHERE (transaction_id, position) > (?::xid8, ?) "
                + "ORDER BY transaction_id, position LIMIT ?) page " + horizon + "ORDER BY transaction_id, position";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, Long.toUnsignedString(after.transactionId()));
            statement.setLong(2, after.position());
            statement.setInt(3, limit);
            try (ResultSet rows = statement.executeQuery()) {
                List<CommittedEvent> events = new ArrayList<>();
                while (rows.next()) {
                    StoredEvent event = EventRows.one(rows);
                    LogCursor cursor = new LogCursor(Long.parseUnsignedLong(rows.getString("transaction_id_text")),
                            event.position());
                    events.add(new CommittedEvent(event, cursor));
                }
                return events;
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the event log", e);
        }
    }

    public long currentVersion(String streamId) {
        return query("SELECT version FROM event_streams WHERE stream_id = ?", ps -> ps.setString(1, streamId),
                rows -> rows.getLong(1)).orElse(0L);
    }

    /** The stream's head, locked for this transaction, and the positions its new events take. */
    private record StreamHead(long version, Optional<EventHash> lastHash, List<Long> positions) {
    }

    /**
     * Locks the stream's head row and, in the same round trip, takes the new events' positions: after the lock, so
     * that within a stream positions rise with versions.
     */
    private StreamHead lockHead(Connection connection, StreamId stream, ExpectedVersion expected, int count)
            throws SQLException {
        if (expected.value() == 0) {
            if (createHead(connection, stream)) {
                return new StreamHead(0, Optional.empty(), positions(connection, count));
            }
            throw new WrongExpectedVersion(stream.id(), expected, currentVersion(stream.id()));
        }
        while (true) {
            try (PreparedStatement lock = connection.prepareStatement("""
                    WITH head AS (
                        SELECT version, last_hash, last_transaction_id <= pg_current_xact_id() AS in_order
                        FROM event_streams WHERE stream_id = ? FOR UPDATE
                    )
                    SELECT version, last_hash, in_order,
                           ARRAY(SELECT nextval('events_position_seq') FROM generate_series(1, ?)) AS positions
                    FROM head
                    """)) {
                lock.setString(1, stream.id());
                lock.setInt(2, count);
                try (ResultSet row = lock.executeQuery()) {
                    if (row.next()) {
                        long version = row.getLong("version");
                        if (!expected.admits(version)) {
                            throw new WrongExpectedVersion(stream.id(), expected, version);
                        }
                        if (!row.getBoolean("in_order")) {
                            // This transaction took its id before the stream's last writer (another transaction)
                            // committed: its events would sort before that writer's in (transaction id, position)
                            // order, which log readers follow. A transaction may append to a stream it wrote itself.
                            throw new StreamWrittenConcurrently(stream.id(), expected, version);
                        }
                        byte[] last = row.getBytes("last_hash");
                        List<Long> positions = List.of((Long[]) row.getArray("positions").getArray());
                        return new StreamHead(version, version == 0 ? Optional.empty() : Optional.of(new EventHash(last)),
                                positions);
                    }
                }
            }
            if (!expected.isAny()) {
                throw new WrongExpectedVersion(stream.id(), expected, 0);
            }
            if (createHead(connection, stream)) {
                return new StreamHead(0, Optional.empty(), positions(connection, count));
            }
        }
    }

    /** Creates the stream's head row; false when another writer created the stream first. */
    private static boolean createHead(Connection connection, StreamId stream) throws SQLException {
        try (PreparedStatement create = connection.prepareStatement(
                "INSERT INTO event_streams (stream_id, stream_type, version, last_hash, last_transaction_id) "
                        + "VALUES (?, ?, 0, '\\x'::bytea, pg_current_xact_id()) ON CONFLICT (stream_id) DO NOTHING")) {
            create.setString(1, stream.id());
            create.setString(2, stream.type());
            return create.executeUpdate() == 1;
        }
    }

    private static List<Long> positions(Connection connection, int count) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT nextval('events_position_seq') FROM generate_series(1, ?)")) {
            next.setInt(1, count);
            try (ResultSet rows = next.executeQuery()) {
                List<Long> positions = new ArrayList<>(count);
                while (rows.next()) {
                    positions.add(rows.getLong(1));
                }
                return positions;
            }
        }
    }

    private static List<StoredEvent> chain(StreamId stream, StreamHead head, List<NewEvent> events,
            List<String> payloads, CommandMetadata metadata) {
        List<Long> positions = head.positions();
        Instant recordedAt = EventHasher.storable(Instant.now());
        Optional<EventHash> previous = head.lastHash();
        List<StoredEvent> stored = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            NewEvent event = events.get(i);
            StoredEvent unhashed = new StoredEvent(positions.get(i), stream, head.version() + i + 1, UuidV7.next(),
                    event.type(), event.schemaVersion(), event.payload(), metadata.actor(),
                    EventHasher.storable(event.occurredAt()), recordedAt, event.rationale(),
                    metadata.correlationId(), metadata.causationId(), previous, new EventHash(new byte[32]));
            EventHash hash = EventHasher.hash(unhashed, payloads.get(i));
            stored.add(withHash(unhashed, hash));
            previous = Optional.of(hash);
        }
        return stored;
    }

    private static StoredEvent withHash(StoredEvent e, EventHash hash) {
        return new StoredEvent(e.position(), e.stream(), e.version(), e.eventId(), e.type(), e.schemaVersion(),
                e.payload(), e.actor(), e.occurredAt(), e.recordedAt(), e.rationale(), e.correlationId(),
                e.causationId(), e.previousHash(), hash);
    }

    /** One statement inserts every event (unnest of arrays) and moves the stream head. */
    private static void insert(Connection connection, StreamId stream, List<StoredEvent> events, List<String> payloads)
            throws SQLException {
        String sql = """
                WITH appended AS (
                    INSERT INTO events (position, stream_id, stream_type, version, event_id, type, schema_version,
                        payload, actor_subject, actor_role, actor_team, actor_agency, actor_id, occurred_at, recorded_at,
                        rationale, correlation_id, causation_id, previous_hash, hash)
                    SELECT e.position, ?, ?, e.version, e.event_id, e.type, e.schema_version, e.payload::jsonb,
                        ?, ?, ?, ?, ?, e.occurred_at, ?, e.rationale, ?, ?, decode(e.previous_hash, 'hex'),
                        decode(e.hash, 'hex')
                    FROM unnest(?::bigint[], ?::bigint[], ?::uuid[], ?::text[], ?::int[], ?::text[],
                                ?::timestamptz[], ?::text[], ?::text[], ?::text[])
                        AS e(position, version, event_id, type, schema_version, payload, occurred_at, rationale,
                             previous_hash, hash)
                )
                UPDATE event_streams SET version = ?, last_hash = decode(?, 'hex'), last_transaction_id = pg_current_xact_id()
                WHERE stream_id = ?
                """;
        StoredEvent first = events.getFirst();
        StoredEvent last = events.getLast();
        int n = events.size();
        Object[] positions = new Object[n];
        Object[] versions = new Object[n];
        Object[] ids = new Object[n];
        Object[] types = new Object[n];
        Object[] schemaVersions = new Object[n];
        Object[] canonical = new Object[n];
        Object[] occurredAt = new Object[n];
        Object[] rationales = new Object[n];
        Object[] previousHashes = new Object[n];
        Object[] hashes = new Object[n];
        for (int i = 0; i < n; i++) {
            StoredEvent e = events.get(i);
            positions[i] = e.position();
            versions[i] = e.version();
            ids[i] = e.eventId();
            types[i] = e.type();
            schemaVersions[i] = e.schemaVersion();
            canonical[i] = payloads.get(i);
            occurredAt[i] = e.occurredAt().toString();
            rationales[i] = e.rationale().orElse(null);
            previousHashes[i] = e.previousHash().map(EventHash::hex).orElse(null);
            hashes[i] = e.hash().hex();
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int p = 1;
            insert.setString(p++, stream.id());
            insert.setString(p++, stream.type());
            insert.setString(p++, first.actor().subject());
            insert.setString(p++, first.actor().role());
            insert.setString(p++, first.actor().team().orElse(null));
            insert.setString(p++, first.actor().agency().orElse(null));
            insert.setString(p++, first.actor().id().orElse(null));
            insert.setTimestamp(p++, Timestamp.from(first.recordedAt()));
            insert.setObject(p++, first.correlationId());
            insert.setObject(p++, first.causationId().orElse(null));
            insert.setArray(p++, array(connection, "bigint", positions));
            insert.setArray(p++, array(connection, "bigint", versions));
            insert.setArray(p++, array(connection, "uuid", ids));
            insert.setArray(p++, array(connection, "text", types));
            insert.setArray(p++, array(connection, "int4", schemaVersions));
            insert.setArray(p++, array(connection, "text", canonical));
            insert.setArray(p++, array(connection, "text", occurredAt));
            insert.setArray(p++, array(connection, "text", rationales));
            insert.setArray(p++, array(connection, "text", previousHashes));
            insert.setArray(p++, array(connection, "text", hashes));
            insert.setLong(p++, last.version());
            insert.setString(p++, last.hash().hex());
            insert.setString(p, stream.id());
            insert.executeUpdate();
        }
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private List<StoredEvent> query(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return EventRows.all(rows);
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the event log", e);
        }
    }

    private <T> Optional<T> query(String sql, Binder binder, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the event log", e);
        }
    }
}
