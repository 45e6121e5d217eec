package org.desist.risk.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;

/** Keeps {@code rosh_pending}: RoSH assessments awaiting a senior officer's countersignature, for seniors by team. */
@ApplicationScoped
public class RoshPendingProjection implements Projection<AssessmentEvent> {

    private final ReadModelSql sql;

    RoshPendingProjection(ReadModelSql sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "rosh-pending";
    }

    @Override
    public Class<AssessmentEvent> family() {
        return AssessmentEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, AssessmentEvent event) {
        switch (event) {
            case AssessmentEvent.RoshAssessed assessed when !assessed.effective() -> sql.update("INSERT INTO "
                    + "rosh_pending (assessment_id, crn, overall_level, assessed_by, assessed_at, rationale) "
                    + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", assessed.assessmentId(), assessed.crn(),
                    assessed.overallLevel().name(), assessed.assessedBy(), Timestamp.from(stored.recordedAt()),
                    assessed.rationale());
            case AssessmentEvent.RoshCountersigned countersigned ->
                    sql.update("DELETE FROM rosh_pending WHERE assessment_id = ?", countersigned.assessmentId());
            case AssessmentEvent.RoshAssessmentLapsed lapsed ->
                    sql.update("DELETE FROM rosh_pending WHERE assessment_id = ?", lapsed.assessmentId());
            default -> {
                // other judgements do not change what awaits countersignature
            }
        }
    }

    @Override
    public void reset() {
        sql.update("DELETE FROM rosh_pending");
    }
}
