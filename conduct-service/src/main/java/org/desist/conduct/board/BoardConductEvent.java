package org.desist.conduct.board;

import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;

/**
 * Reports of a board member's failure to comply with the code, made to the board secretary, and their outcomes
 * (002_d7d6c09e19b6ddeb.txt, board code 9). Each report is a stream of a type never published.
 */
public sealed interface BoardConductEvent {

    @EventType("conduct.board-member-failure.reported")
    record FailureToComplyReported(UUID reportId, String memberId, String details) implements BoardConductEvent {
    }

    /** The board secretary's record of the outcome, after consulting the Board Chair or NOMS (board code 9). */
    @EventType("conduct.board-member-failure.concluded")
    record FailureToComplyConcluded(UUID reportId, String memberId, Outcome outcome, Consulted consulted,
            String rationale) implements BoardConductEvent, Judgement {
    }

    enum Outcome {
        NO_FAILURE_FOUND,
        ACTION_BY_LOCAL_BOARD,
        REFERRED_TO_NOMS,
        /** The chief executive's failures are dealt with under Section III of the conditions of service handbook. */
        SEPARATE_PROVISION_FOR_CHIEF_EXECUTIVE
    }

    enum Consulted {
        BOARD_CHAIR,
        NOMS
    }
}
