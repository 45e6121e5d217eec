package org.desist.conduct.board;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.conduct.board.BoardConductEvent.FailureToComplyConcluded;
import org.desist.conduct.board.BoardConductEvent.FailureToComplyReported;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;

/** Keeps {@code board_failure_reports}: reports of board members' failures to comply, and their outcomes. */
@ApplicationScoped
public class FailureReportsProjection implements Projection<BoardConductEvent> {

    @Override
    public String name() {
        return "board-failure-reports";
    }

    @Override
    public Class<BoardConductEvent> family() {
        return BoardConductEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, BoardConductEvent event) {
        switch (event) {
            case FailureToComplyReported r -> {
                FailureReportRecord row = new FailureReportRecord();
                row.reportId = r.reportId();
                row.memberId = r.memberId();
                row.details = r.details();
                row.reportedBy = stored.actor().subject();
                row.reportedAt = stored.recordedAt();
                row.persist();
            }
            case FailureToComplyConcluded c -> {
                FailureReportRecord row = FailureReportRecord.findById(c.reportId());
                row.outcome = c.outcome().name();
                row.consulted = c.consulted().name();
                row.rationale = c.rationale();
                row.decidedBy = stored.actor().subject();
            }
        }
    }

    @Override
    public void reset() {
        FailureReportRecord.deleteAll();
    }
}
