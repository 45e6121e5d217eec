package org.desist.reporting.subjectaccess;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.PartFailed;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.PartGathered;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.PartsRetried;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestCompleted;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestErased;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestFailed;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestOpened;

/**
 * Keeps {@code subject_access_requests}: each request's person, requester, targets, status and erasure, for the lists
 * and the service's upkeep.
 */
@ApplicationScoped
public class SubjectAccessRequestsProjection implements Projection<SubjectAccessEvent> {

    public static final String NAME = "subject-access-requests";
    static final int MOST = 1_000;

    /** A request as the lists show it. */
    public record Summary(UUID requestId, String crn, SubjectAccessEvent.Requester requester, Instant requestedAt,
            Instant assembleBy, LocalDate respondBy, SubjectAccessRequest.Status status, Optional<Instant> finishedAt,
            boolean overdue, Optional<Instant> erasedAt) {
    }

    private final ReadModelSql sql;
    private final AgroalDataSource dataSource;

    SubjectAccessRequestsProjection(ReadModelSql sql, AgroalDataSource dataSource) {
        this.sql = sql;
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<SubjectAccessEvent> family() {
        return SubjectAccessEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, SubjectAccessEvent event) {
        switch (event) {
            case RequestOpened o -> sql.update("INSERT INTO subject_access_requests (request_id, crn, requester, "
                    + "requested_at, assemble_by, respond_by, status) VALUES (?, ?, ?, ?, ?, ?, 'PENDING') "
                    + "ON CONFLICT DO NOTHING", o.requestId(), o.crn(), o.requester().name(),
                    Timestamp.from(o.requestedAt()), Timestamp.from(o.assembleBy()), Date.valueOf(o.respondBy()));
            case RequestCompleted c -> finish(c.requestId(), SubjectAccessRequest.Status.COMPLETE, c.completedAt());
            case RequestFailed f -> finish(f.requestId(), SubjectAccessRequest.Status.FAILED, f.failedAt());
            case PartsRetried r -> sql.update("UPDATE subject_access_requests SET status = 'PENDING', finished_at = NULL "
                    + "WHERE request_id = ?", r.requestId());
            case RequestErased e -> sql.update("UPDATE subject_access_requests SET erased_at = ? WHERE request_id = ?",
                    Timestamp.from(e.erasedAt()), e.requestId());
            case PartGathered g -> {
            }
            case PartFailed f -> {
            }
        }
    }

    private void finish(UUID requestId, SubjectAccessRequest.Status status, Instant at) {
        sql.update("UPDATE subject_access_requests SET status = ?, finished_at = ? WHERE request_id = ?", status.name(),
                Timestamp.from(at), requestId);
    }

    @Override
    public void reset() {
        sql.update("DELETE FROM subject_access_requests");
    }

    /** Requests still being gathered: taken up again when the service starts. */
    public List<UUID> pending() {
        List<UUID> ids = new ArrayList<>();
        query("SELECT request_id FROM subject_access_requests WHERE status = 'PENDING' ORDER BY requested_at",
                statement -> {
                }, row -> ids.add(row.getObject(1, UUID.class)));
        return ids;
    }

    /** Failed requests not erased, oldest failure first: those the service may retry by itself. */
    public List<UUID> failed() {
        List<UUID> ids = new ArrayList<>();
        query("SELECT request_id FROM subject_access_requests WHERE status = 'FAILED' AND erased_at IS NULL "
                + "ORDER BY finished_at LIMIT " + MOST, statement -> {
                }, row -> ids.add(row.getObject(1, UUID.class)));
        return ids;
    }

    /** Requests finished before {@code before} whose data is not erased yet, oldest first: those kept past their time. */
    public List<UUID> finishedBefore(Instant before) {
        List<UUID> ids = new ArrayList<>();
        query("SELECT request_id FROM subject_access_requests WHERE erased_at IS NULL AND finished_at <= ? "
                + "ORDER BY finished_at LIMIT " + MOST, statement -> statement.setTimestamp(1, Timestamp.from(before)),
                row -> ids.add(row.getObject(1, UUID.class)));
        return ids;
    }

    /** Newest first; {@code overdueOnly}: those not complete by their assembly target. */
    public List<Summary> list(boolean overdueOnly, Instant now) {
        List<Summary> found = new ArrayList<>();
        query("SELECT request_id, crn, requester, requested_at, assemble_by, respond_by, status, finished_at, erased_at "
                + "FROM subject_access_requests WHERE (NOT ? OR (status <> 'COMPLETE' AND assemble_by < ?)) "
                + "ORDER BY requested_at DESC LIMIT " + MOST, statement -> {
                    statement.setBoolean(1, overdueOnly);
                    statement.setTimestamp(2, Timestamp.from(now));
                }, row -> {
                    SubjectAccessRequest.Status status = SubjectAccessRequest.Status.valueOf(row.getString(7));
                    Instant assembleBy = row.getTimestamp(5).toInstant();
                    found.add(new Summary(row.getObject(1, UUID.class), row.getString(2),
                            SubjectAccessEvent.Requester.valueOf(row.getString(3)), row.getTimestamp(4).toInstant(),
                            assembleBy, row.getDate(6).toLocalDate(), status,
                            Optional.ofNullable(row.getTimestamp(8)).map(Timestamp::toInstant),
                            status != SubjectAccessRequest.Status.COMPLETE && now.isAfter(assembleBy),
                            Optional.ofNullable(row.getTimestamp(9)).map(Timestamp::toInstant)));
                });
        return found;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface Rows {
        void each(ResultSet row) throws SQLException;
    }

    private void query(String select, Binder binder, Rows rows) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(select)) {
            binder.bind(statement);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.each(row);
                }
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read subject access requests", e);
        }
    }
}
