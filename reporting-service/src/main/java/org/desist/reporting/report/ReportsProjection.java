package org.desist.reporting.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.Timestamp;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;
import org.desist.reporting.report.ReportEvent.AuthorAssigned;
import org.desist.reporting.report.ReportEvent.DangerousnessCountersigned;
import org.desist.reporting.report.ReportEvent.DefendantMatched;
import org.desist.reporting.report.ReportEvent.DraftWritten;
import org.desist.reporting.report.ReportEvent.ReportAcknowledged;
import org.desist.reporting.report.ReportEvent.ReportApproved;
import org.desist.reporting.report.ReportEvent.ReportRequested;
import org.desist.reporting.report.ReportEvent.ReportReturned;
import org.desist.reporting.report.ReportEvent.ReportSigned;
import org.desist.reporting.report.ReportEvent.ReportSubmitted;
import org.desist.reporting.report.ReportEvent.RevisionStarted;

/** Keeps {@code reports}: each request's court, hearing, person, stage, due date, delivery and acknowledgement. */
@ApplicationScoped
public class ReportsProjection implements Projection<ReportEvent> {

    public static final String NAME = "reports";

    private final ReadModelSql sql;
    private final ObjectMapper json;

    ReportsProjection(ReadModelSql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<ReportEvent> family() {
        return ReportEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, ReportEvent event) {
        Timestamp at = Timestamp.from(stored.recordedAt());
        switch (event) {
            case ReportRequested r -> sql.update("INSERT INTO reports (report_id, court, hearing_date, crn, pnc, "
                    + "defendant_name, charges, report_type, via, requested_on, due_date, requested_at, stage, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT DO NOTHING", r.reportId(), r.court(),
                    Date.valueOf(r.hearingDate()), r.crn().orElse(null), r.pnc().orElse(null),
                    r.defendantName().orElse(null), charges(r), r.reportType().name(), r.via().name(),
                    Date.valueOf(r.requestedOn()), Date.valueOf(r.dueDate()), at,
                    (r.crn().isPresent() ? Stage.AWAITING_AUTHOR : Stage.AWAITING_MATCH).name());
            case DefendantMatched m -> sql.update("UPDATE reports SET crn = ?, stage = CASE WHEN author IS NULL "
                    + "THEN 'AWAITING_AUTHOR' ELSE stage END WHERE report_id = ?", m.crn(), m.reportId());
            case AuthorAssigned a -> sql.update("UPDATE reports SET author = ?, stage = CASE WHEN stage = "
                    + "'AWAITING_AUTHOR' THEN 'DRAFTING' ELSE stage END WHERE report_id = ?", a.staffId(), a.reportId());
            case ReportSubmitted s -> stage(s.reportId(), Stage.SUBMITTED);
            case ReportReturned r -> stage(r.reportId(), Stage.DRAFTING);
            case ReportApproved a -> stage(a.reportId(), Stage.APPROVED);
            case ReportSigned s -> sql.update("UPDATE reports SET stage = 'SIGNED', delivered_version = ?, "
                    + "delivered_at = ? WHERE report_id = ?", s.report().version(), at, s.reportId());
            case RevisionStarted r -> sql.update("UPDATE reports SET stage = 'DRAFTING', version = ? "
                    + "WHERE report_id = ?", r.version(), r.reportId());
            case ReportAcknowledged a -> sql.update("UPDATE reports SET acknowledged_version = GREATEST(?, "
                    + "COALESCE(acknowledged_version, 0)), acknowledged_at = ? WHERE report_id = ?", a.version(), at,
                    a.reportId());
            case DraftWritten d -> {
            }
            case DangerousnessCountersigned c -> {
            }
        }
    }

    private void stage(java.util.UUID reportId, Stage stage) {
        sql.update("UPDATE reports SET stage = ? WHERE report_id = ?", stage.name(), reportId);
    }

    private String charges(ReportRequested r) {
        try {
            return json.writeValueAsString(r.charges());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void reset() {
        sql.update("DELETE FROM reports");
    }
}
