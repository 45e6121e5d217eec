package org.desist.conduct.board;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.conduct.board.BoardConductEvent.FailureToComplyConcluded;
import org.desist.conduct.board.BoardConductEvent.FailureToComplyReported;
import org.desist.conduct.board.BoardInterestEvent.BoardInterestAmended;
import org.desist.conduct.board.BoardInterestEvent.BoardInterestDeclared;
import org.desist.conduct.board.BoardInterestEvent.BoardInterestWithdrawn;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.projection.Projection;

/** Keeps {@code board_interests} and {@code board_failure_reports}. */
@ApplicationScoped
public class BoardRegisterProjection implements Projection {

    private final EventCodec codec;

    BoardRegisterProjection(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public String name() {
        return "board-register";
    }

    @Override
    public void apply(StoredEvent stored) {
        codec.decode(stored, BoardInterestEvent.class).ifPresent(event -> {
            switch (event) {
                case BoardInterestDeclared d -> {
                    BoardInterestRecord row = new BoardInterestRecord();
                    row.interestId = d.interestId();
                    row.memberId = d.memberId();
                    row.kind = d.kind().name();
                    row.details = d.details();
                    row.interestDate = d.date();
                    row.status = "DECLARED";
                    row.declaredAt = stored.recordedAt();
                    row.changedAt = stored.recordedAt();
                    row.persist();
                }
                case BoardInterestAmended a -> {
                    BoardInterestRecord row = BoardInterestRecord.findById(a.interestId());
                    row.kind = a.kind().name();
                    row.details = a.details();
                    row.interestDate = a.date();
                    row.status = "AMENDED";
                    row.changedAt = stored.recordedAt();
                    row.reason = a.reason();
                }
                case BoardInterestWithdrawn w -> {
                    BoardInterestRecord row = BoardInterestRecord.findById(w.interestId());
                    row.status = "WITHDRAWN";
                    row.changedAt = stored.recordedAt();
                    row.endedOn = w.endedOn();
                    row.reason = w.reason();
                }
            }
        });
        codec.decode(stored, BoardConductEvent.class).ifPresent(event -> {
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
        });
    }

    @Override
    public void reset() {
        BoardInterestRecord.deleteAll();
        FailureReportRecord.deleteAll();
    }
}
