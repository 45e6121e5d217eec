package org.desist.conduct.board;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.conduct.board.BoardInterestEvent.BoardInterestAmended;
import org.desist.conduct.board.BoardInterestEvent.BoardInterestDeclared;
import org.desist.conduct.board.BoardInterestEvent.BoardInterestWithdrawn;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;

/** Keeps {@code board_interests}: the register of board members' interests. */
@ApplicationScoped
public class BoardRegisterProjection implements Projection<BoardInterestEvent> {

    @Override
    public String name() {
        return "board-register";
    }

    @Override
    public Class<BoardInterestEvent> family() {
        return BoardInterestEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, BoardInterestEvent event) {
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
    }

    @Override
    public void reset() {
        BoardInterestRecord.deleteAll();
    }
}
