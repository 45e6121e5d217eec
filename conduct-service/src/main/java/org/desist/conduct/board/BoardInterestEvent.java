package org.desist.conduct.board;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.eventstore.command.EventType;

/**
 * The board members' register of interests (002_d7d6c09e19b6ddeb.txt, board code 2.vi: members declare any private
 * interests relating to their public duties; 8: they notify the board secretary of circumstances that could
 * compromise them). Each member's declarations are one stream; an amendment or withdrawal is a new event.
 */
public sealed interface BoardInterestEvent {

    @EventType("conduct.board-interest.declared")
    record BoardInterestDeclared(UUID interestId, String memberId, InterestKind kind, String details, LocalDate date)
            implements BoardInterestEvent {
    }

    @EventType("conduct.board-interest.amended")
    record BoardInterestAmended(UUID interestId, String memberId, InterestKind kind, String details, LocalDate date,
            String reason) implements BoardInterestEvent {
    }

    /** The interest has ended; the declaration stays on the register as withdrawn. */
    @EventType("conduct.board-interest.withdrawn")
    record BoardInterestWithdrawn(UUID interestId, String memberId, LocalDate endedOn, String reason)
            implements BoardInterestEvent {
    }

    /** What the code asks members to declare: 2.i (family, friends), 2.ii (obligations), 2.vi (private interests), 8. */
    enum InterestKind {
        FINANCIAL,
        EMPLOYMENT_OR_OFFICE,
        MEMBERSHIP,
        FAMILY_OR_FRIENDS,
        OBLIGATION,
        GIFT_OR_HOSPITALITY,
        OTHER_CIRCUMSTANCE
    }
}
