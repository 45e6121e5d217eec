package org.desist.conduct.board;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.conduct.board.BoardRosterEvent.BoardMemberAppointed;
import org.desist.conduct.board.BoardRosterEvent.BoardMemberStoodDown;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;

/** Keeps {@code board_members}. */
@ApplicationScoped
public class BoardRosterProjection implements Projection<BoardRosterEvent> {

    @Override
    public String name() {
        return "board-roster";
    }

    @Override
    public Class<BoardRosterEvent> family() {
        return BoardRosterEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, BoardRosterEvent event) {
        switch (event) {
            case BoardMemberAppointed a -> {
                BoardMemberRecord found = BoardMemberRecord.findById(a.memberId());
                BoardMemberRecord row = found == null ? new BoardMemberRecord() : found;
                row.memberId = a.memberId();
                row.appointedOn = a.appointedOn();
                row.stoodDownOn = null;
                row.changedAt = stored.recordedAt();
                if (found == null) {
                    row.persist();
                }
            }
            case BoardMemberStoodDown s -> {
                BoardMemberRecord row = BoardMemberRecord.findById(s.memberId());
                row.stoodDownOn = s.stoodDownOn();
                row.changedAt = stored.recordedAt();
            }
        }
    }

    @Override
    public void reset() {
        BoardMemberRecord.deleteAll();
    }
}
