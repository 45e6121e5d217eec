package org.desist.eventstore.projection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.StoredEvent;
import org.jboss.logging.Logger;

/**
 * Every read model of the service. Appends apply their events to each projection in the same transaction; a
 * rebuild empties one projection and replays the whole log into it, holding appends back while it runs (appends
 * take a shared advisory lock per projection, a rebuild the exclusive one) so that no event is applied twice or
 * missed.
 */
@ApplicationScoped
public class Projections {

    private static final Logger LOG = Logger.getLogger(Projections.class);
    private static final int PAGE = 1000;

    private final Instance<Projection> projections;
    private final AgroalDataSource dataSource;
    private final Instance<EventStore> store;

    Projections(@jakarta.enterprise.inject.Any Instance<Projection> projections, AgroalDataSource dataSource,
            Instance<EventStore> store) {
        this.projections = projections;
        this.dataSource = dataSource;
        this.store = store;
    }

    /** Called by the event store inside the appending transaction. */
    public void apply(List<StoredEvent> events) {
        for (Projection projection : projections) {
            lock(projection.name(), "pg_advisory_xact_lock_shared");
            events.forEach(projection::apply);
        }
    }

    /** Empties the named read model and replays the log into it from position zero; answers the events replayed. */
    @Transactional
    public long rebuild(String name) {
        Projection projection = byName(name);
        lock(name, "pg_advisory_xact_lock");
        projection.reset();
        long position = 0;
        long replayed = 0;
        List<StoredEvent> page;
        do {
            page = store.get().readLog(position, PAGE);
            for (StoredEvent event : page) {
                projection.apply(event);
                position = event.position();
            }
            replayed += page.size();
            if (!page.isEmpty()) {
                LOG.infof("rebuilding %s: %d events replayed, at position %d", name, replayed, position);
            }
        } while (page.size() == PAGE);
        checkpoint(name, position);
        return replayed;
    }

    /**
     * At start-up, rebuilds the projections a migration has asked for (a new or changed read model would otherwise
     * miss the events appended before it existed). Instances starting together rebuild each projection once.
     */
    @Transactional
    void rebuildPending(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent started) {
        List<String> pending = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(
                        "DELETE FROM projections_pending_rebuild WHERE name IN (SELECT name FROM "
                                + "projections_pending_rebuild FOR UPDATE SKIP LOCKED) RETURNING name");
                java.sql.ResultSet rows = claim.executeQuery()) {
            while (rows.next()) {
                pending.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the projections waiting to be rebuilt", e);
        }
        for (String name : pending) {
            LOG.infof("rebuilding projection %s, as a migration asked: the whole log is replayed into it", name);
            LOG.infof("rebuilt projection %s from %d events", name, rebuild(name));
        }
    }

    public List<String> names() {
        return projections.stream().map(Projection::name).sorted().toList();
    }

    private Projection byName(String name) {
        return projections.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no projection is named " + name
                        + "; known projections: " + names()));
    }

    private void lock(String name, String function) {
        long key = UUID.nameUUIDFromBytes(("projection:" + name).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement("SELECT " + function + "(?)")) {
            lock.setLong(1, key);
            lock.execute();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not lock projection " + name, e);
        }
    }

    private void checkpoint(String name, long position) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement save = connection.prepareStatement(
                        "INSERT INTO projection_checkpoints (name, position, rebuilt_at) VALUES (?, ?, now()) "
                                + "ON CONFLICT (name) DO UPDATE SET position = excluded.position, rebuilt_at = now()")) {
            save.setString(1, name);
            save.setLong(2, position);
            save.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not save the checkpoint of projection " + name, e);
        }
    }
}
