package org.desist.eventstore.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.http.RuleViolated;
import org.jboss.logging.Logger;

/**
 * Full walks of the log's hash chain, run in the background so that no request waits seconds for one: one at a time per
 * service, their progress kept in the database for any instance to report.
 */
@ApplicationScoped
public class FullVerifications {

    /** A walk that has not moved on for this long is taken to have stopped with its instance. */
    static final Duration STALE = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(FullVerifications.class);

    public enum State { RUNNING, FINISHED, FAILED }

    /** A walk as it stands; {@code total} is known once it has taken its snapshot of the log. */
    public record Walk(long id, State state, String startedBy, Instant startedAt, Optional<Instant> finishedAt,
            Optional<Long> total, long checked, Optional<Verification> result, Optional<String> failure) {
    }

    private final AgroalDataSource dataSource;
    private final AuditVerifier verifier;
    private volatile Thread running;

    FullVerifications(AgroalDataSource dataSource, AuditVerifier verifier) {
        this.dataSource = dataSource;
        this.verifier = verifier;
    }

    /** Starts a full walk in the background; refused while another runs, here or on another instance. */
    public Walk start(String startedBy) {
        markStoppedWalksFailed();
        long id;
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_full_verifications (state, started_by) VALUES ('running', ?) "
                        + "ON CONFLICT DO NOTHING RETURNING id")) {
            insert.setString(1, startedBy);
            try (ResultSet row = insert.executeQuery()) {
                if (!row.next()) {
                    Walk other = latest().orElseThrow();
                    throw new RuleViolated("full-verify-running", "a full verify started by " + other.startedBy()
                            + " at " + other.startedAt() + " is running (" + other.checked() + " events checked): "
                            + "follow it at GET /admin/audit/verify/full", null);
                }
                id = row.getLong(1);
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not start a full verify", e);
        }
        running = Thread.ofVirtual().name("audit-full-verify-" + id).start(() -> walk(id));
        return latest().orElseThrow();
    }

    /** The latest walk, running or done. */
    public Optional<Walk> latest() {
        markStoppedWalksFailed();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT id, state, started_by, started_at, finished_at, total, checked, valid, first_invalid_position, "
                        + "problem FROM audit_full_verifications ORDER BY id DESC LIMIT 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            State state = State.valueOf(row.getString("state").toUpperCase());
            Optional<Verification> result = Optional.empty();
            if (state == State.FINISHED) {
                long position = row.getLong("first_invalid_position");
                result = Optional.of(row.wasNull() ? Verification.intact(row.getLong("checked"))
                        : Verification.brokenAt(row.getLong("checked"), position, row.getString("problem")));
            }
            long total = row.getLong("total");
            Optional<Long> known = row.wasNull() ? Optional.empty() : Optional.of(total);
            return Optional.of(new Walk(row.getLong("id"), state, row.getString("started_by"),
                    row.getTimestamp("started_at").toInstant(),
                    Optional.ofNullable(row.getTimestamp("finished_at")).map(Timestamp::toInstant), known,
                    row.getLong("checked"), result,
                    state == State.FAILED ? Optional.ofNullable(row.getString("problem")) : Optional.empty()));
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the full verify's progress", e);
        }
    }

    void stop(@Observes ShutdownEvent stopped) {
        Thread thread = running;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void walk(long id) {
        try {
            Verification result = verifier.verifyAll(new AuditVerifier.Progress() {
                @Override
                public void toCheck(long total) {
                    update("UPDATE audit_full_verifications SET total = ?, heartbeat_at = now() WHERE id = ?", total, id);
                }

                @Override
                public void checked(long soFar) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IllegalStateException("the service stopped");
                    }
                    update("UPDATE audit_full_verifications SET checked = ?, heartbeat_at = now() WHERE id = ?", soFar, id);
                }
            });
            update("UPDATE audit_full_verifications SET state = 'finished', finished_at = now(), checked = ?, valid = ?, "
                    + "first_invalid_position = ?, problem = ? WHERE id = ?", result.checked(), result.valid(),
                    result.firstInvalidPosition().orElse(null), result.problem().orElse(null), id);
            LOG.infof("full verify %d: %s after %d events", id, result.valid() ? "intact" : "broken at position "
                    + result.firstInvalidPosition().orElseThrow(), result.checked());
        } catch (RuntimeException e) {
            LOG.errorf(e, "full verify %d failed", id);
            update("UPDATE audit_full_verifications SET state = 'failed', finished_at = now(), problem = ? WHERE id = ?",
                    "the walk could not finish: " + e.getMessage(), id);
        }
    }

    private void markStoppedWalksFailed() {
        update("UPDATE audit_full_verifications SET state = 'failed', finished_at = now(), problem = 'the walk stopped "
                + "with the instance that ran it: start another' WHERE state = 'running' AND heartbeat_at < now() - ?::interval",
                STALE.toSeconds() + " seconds");
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not record the full verify's progress", e);
        }
    }
}
