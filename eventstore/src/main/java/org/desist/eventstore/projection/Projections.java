package org.desist.eventstore.projection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.eventstore.CommittedEvent;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.EventStoreConfig;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.LogCursor;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.Decoded;
import org.desist.eventstore.command.EventCodec;
import org.jboss.logging.Logger;

/**
 * Every read model of the service. Appends apply their events to each live projection in their own transaction. A
 * rebuild runs beside them: it empties the projection and marks it rebuilding, so that appends skip it; replays the
 * log in commit order in batches, each its own transaction that moves the projection's checkpoint; then, under an
 * exclusive lock that holds appends back for that step only, applies the tail and returns the projection to live.
 * Every append holds a shared lock on each projection until it commits, so the final step sees every event an append
 * skipped, and an append that commits after it applies its own events: none is applied twice or missed.
 */
@ApplicationScoped
public class Projections {

    private static final Logger LOG = Logger.getLogger(Projections.class);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final Duration CLAIM_POLL = Duration.ofMillis(100);

    private final Instance<Projection<?>> projections;
    private final AgroalDataSource dataSource;
    private final Instance<EventStore> store;
    private final EventCodec codec;
    private final EventStoreConfig.Rebuild config;
    /** The projections in the order appends lock them (by lock key), so that two appends never lock crosswise. */
    private volatile List<Projection<?>> locked;
    private volatile boolean stopping;
    private volatile Thread background;

    Projections(@Any Instance<Projection<?>> projections, AgroalDataSource dataSource, Instance<EventStore> store,
            EventCodec codec, EventStoreConfig config) {
        this.codec = codec;
        this.projections = projections;
        this.dataSource = dataSource;
        this.store = store;
        this.config = config.rebuild();
    }

    /** Called by the event store inside the appending transaction: the events go to every projection that is live. */
    public void apply(List<StoredEvent> events) {
        List<Projection<?>> all = inLockOrder();
        if (all.isEmpty()) {
            return;
        }
        Set<String> rebuilding = lockShared(all);
        for (Projection<?> projection : all) {
            if (!rebuilding.contains(projection.name())) {
                apply(projection, events);
            }
        }
    }

    /** Hands each event of the projection's family to it, decoded once for every reader in the transaction. */
    private <E> void apply(Projection<E> projection, List<StoredEvent> events) {
        for (StoredEvent stored : events) {
            codec.decodeAppended(stored, projection.family()).ifPresent(event -> projection.apply(stored, event));
        }
    }

    /**
     * Empties the named read model and replays the log into it, while appends go on; answers the events replayed.
     * Each batch commits on its own, so it is called outside any transaction. Waits while another instance rebuilds
     * the same projection, then starts over.
     */
    public long rebuild(String name) {
        Projection<?> projection = byName(name);
        if (QuarkusTransaction.isActive()) {
            throw new IllegalStateException("rebuild(" + name + ") commits batch by batch: call it outside a transaction");
        }
        try (Claim claim = claim(name)) {
            QuarkusTransaction.requiringNew().run(() -> start(projection));
            return finish(projection);
        }
    }

    /**
     * Whether the named read model is complete: false while it is being rebuilt (its reads would show part of the log),
     * true otherwise.
     */
    public boolean isLive(String name) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT state FROM projection_checkpoints WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return !row.next() || "live".equals(row.getString(1));
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the state of projection " + name, e);
        }
    }

    /** A read model being rebuilt, and how many events its rebuild has replayed so far. */
    public record Rebuilding(String name, long replayed) {
    }

    /** The first of the named read models that is being rebuilt, if any: one statement, for a guard on every read. */
    public Optional<Rebuilding> rebuilding(Collection<String> names) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT name, events_replayed FROM "
                        + "projection_checkpoints WHERE state <> 'live' AND name = ANY (?) ORDER BY name LIMIT 1")) {
            select.setArray(1, connection.createArrayOf("text", names.toArray()));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Rebuilding(row.getString(1), row.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the state of projections " + names, e);
        }
    }

    /**
     * In the caller's transaction: holds the named read models live until it ends — a rebuild can neither start nor
     * finish meanwhile, as for an append — or answers the first of them that is being rebuilt.
     */
    public Optional<Rebuilding> holdLive(Collection<String> names) {
        if (!QuarkusTransaction.isActive()) {
            throw new IllegalStateException("holdLive(" + names + ") holds its locks until a transaction ends: call it in one");
        }
        Long[] keys = names.stream().map(Projections::key).sorted().toArray(Long[]::new);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement(
                        "SELECT pg_advisory_xact_lock_shared(key) FROM unnest(?::bigint[]) AS key")) {
            lock.setArray(1, connection.createArrayOf("int8", keys));
            lock.executeQuery().close();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not hold projections " + names, e);
        }
        // Its own statement, after the locks: a rebuild that went live while this waited is seen live.
        return rebuilding(names);
    }

    /**
     * Rebuilds the projections a migration asked for (a new or changed read model would otherwise miss the events
     * appended before it existed) and resumes the rebuilds cut short, from their checkpoints; what start-up runs in
     * the background. Instances do each once: one waits while another works. Answers the names that failed, which
     * stay rebuilding.
     */
    public List<String> resumeUnfinished() {
        if (QuarkusTransaction.isActive()) {
            throw new IllegalStateException("rebuilds commit batch by batch: resume them outside a transaction");
        }
        List<String> failed = new ArrayList<>();
        for (String name : unfinished()) {
            Optional<Projection<?>> projection = find(name);
            if (projection.isEmpty()) {
                LOG.warnf("projection %s is to be rebuilt, but this service has none of that name (it has %s)", name,
                        names());
                continue;
            }
            try (Claim claim = claim(name)) {
                if (QuarkusTransaction.requiringNew().call(() -> startIfAsked(projection.get()))) {
                    finish(projection.get());
                }
            } catch (RuntimeException e) {
                if (stopping) {
                    throw e;
                }
                LOG.errorf(e, "the rebuild of projection %s failed: it stays rebuilding (appends skip it) and resumes "
                        + "from its checkpoint", name);
                failed.add(name);
            }
        }
        return failed;
    }

    public List<String> names() {
        return projections.stream().map(Projection::name).sorted().toList();
    }

    void resumeAtStartup(@Observes StartupEvent started) {
        // Never on the start-up thread: a long or failing rebuild must not keep the service from starting.
        background = Thread.ofVirtual().name("projection-rebuilds").start(this::resumeInBackground);
    }

    void stop(@Observes ShutdownEvent stopped) {
        stopping = true;
        Thread thread = background;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void resumeInBackground() {
        Duration wait = config.retryAfter();
        try {
            while (!stopping && !resumeUnfinished().isEmpty()) {
                Thread.sleep(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait.multipliedBy(2);
            }
        } catch (InterruptedException | RuntimeException e) {
            if (!stopping) {
                LOG.errorf(e, "projection rebuilds stopped: they resume at the next start");
            }
        }
    }

    /** Empties the projection and marks it rebuilding from the start of the log, under its exclusive lock. */
    private void start(Projection<?> projection) {
        String name = projection.name();
        lock(name, "pg_advisory_xact_lock");
        projection.reset();
        update("INSERT INTO projection_checkpoints (name, position, transaction_id, state, events_replayed, "
                + "rebuild_started_at, updated_at) VALUES (?, 0, '0', 'rebuilding', 0, now(), now()) "
                + "ON CONFLICT (name) DO UPDATE SET position = 0, transaction_id = '0', state = 'rebuilding', "
                + "events_replayed = 0, rebuild_started_at = now(), updated_at = now()", name);
        update("DELETE FROM projections_pending_rebuild WHERE name = ?", name);
        LOG.infof("rebuilding projection %s: emptied, appends skip it until the log is replayed into it", name);
    }

    /** Starts the rebuild a migration asked for; answers whether the projection is now to be replayed. */
    private boolean startIfAsked(Projection<?> projection) {
        if (update("DELETE FROM projections_pending_rebuild WHERE name = ?", projection.name()) > 0) {
            start(projection);
            return true;
        }
        return !isLive(projection.name());
    }

    /** Replays from the checkpoint in batches, then the tail under the exclusive lock; answers the events replayed. */
    private long finish(Projection<?> projection) {
        String name = projection.name();
        int batch = config.batchSize();
        long began = System.nanoTime();
        Progress progress = progress(name);
        long before = progress.replayed();
        LOG.infof("rebuilding projection %s from %s (%d events already replayed)", name, progress.cursor(),
                progress.replayed());
        while (true) {
            Progress from = progress;
            progress = QuarkusTransaction.requiringNew().call(
                    () -> replay(projection, from, store.get().readCommitted(from.cursor(), batch)));
            if (progress.replayed() - from.replayed() < batch) {
                break;
            }
            LOG.debugf("rebuilding %s: %d events replayed, at %s", name, progress.replayed(), progress.cursor());
        }
        Progress caughtUp = progress;
        Progress done = QuarkusTransaction.requiringNew().call(() -> {
            // Appends that skipped the projection hold its shared lock until they commit: once this lock is held,
            // each of them has committed and its events are visible; appends after it apply their own.
            lock(name, "pg_advisory_xact_lock");
            Progress at = caughtUp;
            List<CommittedEvent> page;
            do {
                page = store.get().readVisible(at.cursor(), batch);
                at = replay(projection, at, page);
            } while (page.size() == batch);
            update("UPDATE projection_checkpoints SET state = 'live', rebuilt_at = now(), updated_at = now() "
                    + "WHERE name = ?", name);
            return at;
        });
        double seconds = (System.nanoTime() - began) / 1e9;
        LOG.infof("rebuilt projection %s from %d events (%d in %.1f s by this run): live again, at %s", name,
                done.replayed(), done.replayed() - before, seconds, done.cursor());
        return done.replayed();
    }

    private record Progress(LogCursor cursor, long replayed) {
    }

    private <E> Progress replay(Projection<E> projection, Progress from, List<CommittedEvent> page) {
        if (page.isEmpty()) {
            return from;
        }
        List<Decoded<E>> decoded = new ArrayList<>();
        for (CommittedEvent committed : page) {
            StoredEvent stored = committed.event();
            codec.decode(stored, projection.family()).ifPresent(event -> decoded.add(new Decoded<>(stored, event)));
        }
        if (!decoded.isEmpty()) {
            projection.replay(decoded);
        }
        Progress to = new Progress(page.getLast().cursor(), from.replayed() + page.size());
        update("UPDATE projection_checkpoints SET transaction_id = ?::xid8, position = ?, events_replayed = ?, "
                + "updated_at = now() WHERE name = ?", Long.toUnsignedString(to.cursor().transactionId()),
                to.cursor().position(), to.replayed(), projection.name());
        return to;
    }

    private Progress progress(String name) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT transaction_id::text, position, "
                        + "events_replayed FROM projection_checkpoints WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("projection " + name + " has no checkpoint to resume from");
                }
                return new Progress(new LogCursor(Long.parseUnsignedLong(row.getString(1)), row.getLong(2)),
                        row.getLong(3));
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the checkpoint of projection " + name, e);
        }
    }

    private List<String> unfinished() {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT name FROM projections_pending_rebuild "
                        + "UNION SELECT name FROM projection_checkpoints WHERE state = 'rebuilding' ORDER BY name");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the projections waiting to be rebuilt", e);
        }
    }

    /** Takes every projection's shared lock, then answers those being rebuilt. */
    private Set<String> lockShared(List<Projection<?>> all) {
        Long[] keys = all.stream().map(p -> key(p.name())).toArray(Long[]::new);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT pg_advisory_xact_lock_shared(key) FROM unnest(?::bigint[]) AS key")) {
                lock.setArray(1, connection.createArrayOf("int8", keys));
                lock.executeQuery().close();
            }
            // A statement of its own, after the locks: its snapshot must be taken once they are held, so that a
            // rebuild that went live while this append waited is seen live.
            Set<String> rebuilding = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name FROM projection_checkpoints WHERE state = 'rebuilding'");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rebuilding.add(rows.getString(1));
                }
            }
            return rebuilding;
        } catch (SQLException e) {
            throw new EventStoreFailure("could not lock the projections", e);
        }
    }

    private List<Projection<?>> inLockOrder() {
        List<Projection<?>> all = locked;
        if (all == null) {
            all = projections.stream().sorted(Comparator.comparingLong(p -> key(p.name()))).toList();
            locked = all;
        }
        return all;
    }

    private Projection<?> byName(String name) {
        return find(name).orElseThrow(() -> new NoSuchElementException("no projection is named " + name
                + "; known projections: " + names()));
    }

    private Optional<Projection<?>> find(String name) {
        return projections.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static long key(String name) {
        return UUID.nameUUIDFromBytes(("projection:" + name).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }

    private void lock(String name, String function) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement("SELECT " + function + "(?)")) {
            lock.setLong(1, key(name));
            lock.execute();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not lock projection " + name, e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not update the projections' checkpoints: " + e.getMessage(), e);
        }
    }

    /**
     * The right to rebuild one projection, held by one instance at a time: a session lock on a connection of its own,
     * which the database releases if the process dies.
     */
    private Claim claim(String name) {
        long key = UUID.nameUUIDFromBytes(("projection-rebuild:" + name).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, key);
                while (true) {
                    try (ResultSet row = lock.executeQuery()) {
                        row.next();
                        if (row.getBoolean(1)) {
                            return new Claim(connection, key);
                        }
                    }
                    Thread.sleep(CLAIM_POLL);
                }
            }
        } catch (SQLException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException ignored) {
                // the claim failed already; nothing more to release
            }
            throw new EventStoreFailure("could not claim the rebuild of projection " + name, e);
        }
    }

    private record Claim(Connection connection, long key) implements AutoCloseable {

        @Override
        public void close() {
            try (connection; PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, key);
                unlock.execute();
            } catch (SQLException e) {
                LOG.warnf(e, "could not release the claim on a projection rebuild; the database does when the "
                        + "connection closes");
            }
        }
    }
}
