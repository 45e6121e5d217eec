package org.desist.eventstore.relay;

import io.agroal.api.AgroalDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.desist.eventstore.LogCursor;
import org.jboss.logging.Logger;

/**
 * Leadership among a service's instances, so that one relay publishes at a time, fenced so that a leader that lost
 * its lock stops publishing before another starts.
 *
 * <p>The lead is a session-level advisory lock held on a connection of its own. If the leader dies or its session is
 * killed, PostgreSQL frees the lock and the next instance to try becomes the leader. Kafka cannot see that lock, so
 * three rules keep two leaders from publishing at once:
 * <ol>
 * <li>The lock is proven held — its row in {@code pg_locks} for this session, read on that session — after the relay
 * has read a batch and before it sends it, again whenever sending has taken longer than the failover interval
 * ({@link #stillLeads}), and the cursor is saved on that same session ({@link #checkpoint}), so a leader whose session
 * is gone can neither start a send nor move the cursor.</li>
 * <li>Each send therefore starts within one failover interval of a proof that the lock was held, blocks at most
 * {@code maxBlock}, and its record is acknowledged or given up by the producer within {@code deliveryTimeout}
 * ({@link Producers}): every record of an old leader is settled by {@code failoverInterval + maxBlock +
 * deliveryTimeout} after its lock was freed.</li>
 * <li>A new leader waits that long ({@code settle}) after taking the lock before it publishes — counted from the last
 * time a leader said, right before a send, that it was about to publish ({@link #aboutToSend}), so that a relay taking
 * over from one idle or long gone (or starting for the first time) publishes at once — and a leader that lost the lock
 * waits as long before it competes again.</li>
 * </ol>
 * What is left is a broker that writes a request later than the producer gave up on it; that could only add a
 * duplicate, which consumers ignore by event id.
 */
public class RelayLeadership implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);

    // A bigint advisory lock shows in pg_locks as classid (high half), objid (low half) and objsubid 1.
    private static final String HOLDS_LOCK = "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' "
            + "AND pid = pg_backend_pid() AND granted AND classid = ?::oid AND objid = ?::oid AND objsubid = 1)";

    private final AgroalDataSource dataSource;
    private final String name;
    private final long key;
    private final Duration settle;
    private Connection session;
    private long heldSince;
    private long lostAt;
    private boolean lostOnce;

    /** Leadership that may publish as soon as it holds the lock (tests of the lock itself). */
    public RelayLeadership(AgroalDataSource dataSource, String name) {
        this(dataSource, name, Duration.ZERO);
    }

    /** {@code settle}: how long a new leader waits before it publishes, and a fallen one before it competes. */
    public RelayLeadership(AgroalDataSource dataSource, String name, Duration settle) {
        this.dataSource = dataSource;
        this.name = name;
        this.key = UUID.nameUUIDFromBytes(("relay:" + name).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
        this.settle = settle;
    }

    /** True while this instance holds the lead and has held it for the settle time; tries to take it otherwise. */
    public synchronized boolean lead() {
        if (session != null) {
            if (stillLeads()) {
                return System.nanoTime() - heldSince >= settle.toNanos();
            }
            LOG.warnf("relay %s lost its lock and with it the lead: it stops publishing", name);
            close();
            lostOnce = true;
            lostAt = System.nanoTime();
        }
        if (lostOnce && System.nanoTime() - lostAt < settle.toNanos()) {
            return false; // its own records may still be in flight: others go first
        }
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, key);
                try (ResultSet result = lock.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        session = connection;
                        Duration sinceLastSend = sinceLastSend(connection);
                        heldSince = System.nanoTime() - Math.min(sinceLastSend.toNanos(), settle.toNanos());
                        Duration wait = settle.minus(sinceLastSend).isNegative() ? Duration.ZERO : settle.minus(sinceLastSend);
                        LOG.infof("relay %s is the leader: this instance publishes the log after %s", name, wait);
                        return wait.isZero();
                    }
                }
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            LOG.warnf("relay %s could not try for the lead: %s", name, e.getMessage());
            return false;
        }
    }

    /** Said on the leader's session right before it sends a batch: the moment a successor's settle time counts from. */
    public synchronized void aboutToSend() {
        if (session == null) {
            return;
        }
        try (PreparedStatement touch = session.prepareStatement("INSERT INTO event_log_cursors (name, transaction_id, "
                + "position) VALUES (?, '0'::xid8, 0) ON CONFLICT (name) DO UPDATE SET updated_at = now()")) {
            touch.setString(1, name);
            touch.executeUpdate();
        } catch (SQLException e) {
            LOG.debugf("relay %s could not mark its send: %s", name, e.getMessage());
        }
    }

    /** How long ago a leader last said it was about to send; a long time when none ever did. */
    private Duration sinceLastSend(Connection connection) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT (extract(epoch FROM clock_timestamp() - updated_at) * 1000)::bigint FROM event_log_cursors WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Duration.ofMillis(Math.max(0, row.getLong(1))) : settle;
            }
        } catch (SQLException e) {
            return Duration.ZERO; // unknown: wait the whole settle time
        }
    }

    /** Whether this instance's session is alive and still holds the lock, read from {@code pg_locks} on it. */
    public synchronized boolean stillLeads() {
        if (session == null) {
            return false;
        }
        try (PreparedStatement held = session.prepareStatement(HOLDS_LOCK)) {
            held.setLong(1, key >>> 32);
            held.setLong(2, key & 0xFFFF_FFFFL);
            try (ResultSet result = held.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Saves the cursor on the leader's own session, only if that session still holds the lock: only our own unlock or
     * the end of the session frees it, so a save that succeeds was made while leading. False when the lead is gone.
     */
    public synchronized boolean checkpoint(LogCursors cursors, String reader, LogCursor cursor) {
        if (!stillLeads()) {
            return false;
        }
        try {
            cursors.save(session, reader, cursor);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("relay %s could not checkpoint on its session: %s", name, e.getMessage());
            return false;
        }
    }

    /** The lock's key, as {@code pg_try_advisory_lock} takes it. */
    public long key() {
        return key;
    }

    @Override
    public synchronized void close() {
        if (session == null) {
            return;
        }
        try (PreparedStatement unlock = session.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, key);
            unlock.execute();
        } catch (SQLException e) {
            LOG.debugf("relay %s: unlock on a broken session (the lock ends with it): %s", name, e.getMessage());
        }
        try {
            session.close();
        } catch (SQLException e) {
            LOG.debugf("relay %s: closing its session: %s", name, e.getMessage());
        }
        session = null;
    }
}
