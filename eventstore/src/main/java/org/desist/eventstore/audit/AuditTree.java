package org.desist.eventstore.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.CommittedEvent;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.relay.LogCursors;

/**
 * The service's log as an RFC 9162 Merkle tree, kept in its database: each committed event's hash becomes the next
 * leaf, in the order the relay publishes (commit order), and the hash of every perfect subtree is stored as it
 * completes, so that a root or a proof reads O(log n) rows. Instances extend it one at a time (an advisory lock).
 */
@ApplicationScoped
public class AuditTree {

    static final String CURSOR = "audit-tree";
    private static final int BATCH = 2_000;
    private static final long LOCK = UUID.nameUUIDFromBytes("audit-tree".getBytes(StandardCharsets.UTF_8))
            .getMostSignificantBits();

    private final AgroalDataSource dataSource;
    private final EventStore store;
    private final LogCursors cursors;

    AuditTree(AgroalDataSource dataSource, EventStore store, LogCursors cursors) {
        this.dataSource = dataSource;
        this.store = store;
        this.cursors = cursors;
    }

    /** Adds every event committed since the last call as a leaf; answers the tree's size. */
    public long catchUp() {
        while (QuarkusTransaction.requiringNew().call(this::extend) == BATCH) {
            // a full batch: there may be more
        }
        return size();
    }

    public long size() {
        try (Connection connection = dataSource.getConnection()) {
            return size(connection);
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the audit tree", e);
        }
    }

    /** The leaf index of the event at this log position, once it is in the tree. */
    public Optional<Long> leafIndexOf(long position) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT leaf_index FROM audit_tree_leaves WHERE position = ?")) {
            select.setLong(1, position);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the audit tree", e);
        }
    }

    /** The stored tree's perfect subtrees, read once each within one answer. */
    public MerkleTree.Subtrees subtrees() {
        Map<String, byte[]> read = new HashMap<>();
        return (start, size) -> read.computeIfAbsent(start + "/" + size, key -> node(
                Long.numberOfTrailingZeros(size), start / size));
    }

    public byte[] root(long size) {
        return MerkleTree.hash(subtrees(), 0, size);
    }

    private int extend() {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LOCK);
                lock.execute();
            }
            List<CommittedEvent> batch = store.readCommitted(cursors.load(CURSOR), BATCH);
            if (batch.isEmpty()) {
                return 0;
            }
            long size = size(connection);
            Map<Long, byte[]> known = frontier(connection, size);
            int n = batch.size();
            Long[] leafIndexes = new Long[n];
            Long[] positions = new Long[n];
            byte[][] eventHashes = new byte[n][];
            List<Short> levels = new ArrayList<>();
            List<Long> indexes = new ArrayList<>();
            List<byte[]> hashes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long leaf = size + i;
                leafIndexes[i] = leaf;
                positions[i] = batch.get(i).event().position();
                eventHashes[i] = batch.get(i).event().hash().bytes();
                byte[] hash = MerkleTree.leafHash(eventHashes[i]);
                int level = 0;
                long index = leaf;
                while (true) {
                    known.put(key(level, index), hash);
                    levels.add((short) level);
                    indexes.add(index);
                    hashes.add(hash);
                    if ((index & 1) == 0) {
                        break;
                    }
                    hash = MerkleTree.nodeHash(known.get(key(level, index - 1)), hash);
                    level++;
                    index >>= 1;
                }
            }
            try (PreparedStatement leaves = connection.prepareStatement("INSERT INTO audit_tree_leaves "
                    + "(leaf_index, position, event_hash) SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::bytea[])");
                    PreparedStatement nodes = connection.prepareStatement("INSERT INTO audit_tree_nodes "
                            + "(level, node_index, hash) SELECT * FROM unnest(?::smallint[], ?::bigint[], ?::bytea[])")) {
                leaves.setArray(1, connection.createArrayOf("bigint", leafIndexes));
                leaves.setArray(2, connection.createArrayOf("bigint", positions));
                leaves.setArray(3, connection.createArrayOf("bytea", eventHashes));
                leaves.executeUpdate();
                nodes.setArray(1, connection.createArrayOf("int2", levels.toArray()));
                nodes.setArray(2, connection.createArrayOf("bigint", indexes.toArray()));
                nodes.setArray(3, connection.createArrayOf("bytea", hashes.toArray(new byte[0][])));
                nodes.executeUpdate();
            }
            cursors.save(CURSOR, batch.getLast().cursor());
            return n;
        } catch (SQLException e) {
            throw new EventStoreFailure("could not extend the audit tree", e);
        }
    }

    /** The perfect subtrees the next leaf may complete: for each bit k of size, node (k, size / 2^k - 1). */
    private static Map<Long, byte[]> frontier(Connection connection, long size) throws SQLException {
        Map<Long, byte[]> frontier = new HashMap<>();
        for (int level = 0; level < 63; level++) {
            if ((size >> level & 1) == 1) {
                long index = (size >> level) - 1;
                frontier.put(key(level, index), node(connection, level, index));
            }
        }
        return frontier;
    }

    private static long key(int level, long index) {
        return ((long) level << 57) | index;
    }

    private byte[] node(int level, long index) {
        try (Connection connection = dataSource.getConnection()) {
            return node(connection, level, index);
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the audit tree", e);
        }
    }

    private static byte[] node(Connection connection, int level, long index) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT hash FROM audit_tree_nodes WHERE level = ? AND node_index = ?")) {
            select.setShort(1, (short) level);
            select.setLong(2, index);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the audit tree has no node " + level + "/" + index
                            + ": its tables were changed outside the kernel");
                }
                return row.getBytes(1);
            }
        }
    }

    private static long size(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT coalesce(max(leaf_index) + 1, 0) FROM audit_tree_leaves");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
