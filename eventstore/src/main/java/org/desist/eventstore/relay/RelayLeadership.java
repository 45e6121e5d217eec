package org.desist.eventstore.relay;

import io.agroal.api.AgroalDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Leadership among a service's instances, so that one relay publishes at a time: a session-level advisory lock
 * held on a connection of its own. If the leader dies, PostgreSQL ends its session, frees the lock, and the next
 * instance to try becomes the leader (failover).
 */
public class RelayLeadership implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);

    private final AgroalDataSource dataSource;
    private final String name;
    private final long key;
    private Connection session;

    public RelayLeadership(AgroalDataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
        this.key = UUID.nameUUIDFromBytes(("relay:" + name).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }

    /** True while this instance holds the lead; tries to take it when it does not. */
    public synchronized boolean lead() {
        if (session != null) {
            if (stillHeld()) {
                return true;
            }
            LOG.warnf("relay %s lost its database session and with it the lead", name);
            close();
        }
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, key);
                try (ResultSet result = lock.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        session = connection;
                        LOG.infof("relay %s is the leader: this instance publishes the log", name);
                        return true;
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

    private boolean stillHeld() {
        try {
            return session.isValid(2);
        } catch (SQLException e) {
            return false;
        }
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
