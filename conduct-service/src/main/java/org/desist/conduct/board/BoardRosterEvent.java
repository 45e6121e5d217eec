package org.desist.conduct.board;

import java.time.LocalDate;
import org.desist.eventstore.command.EventType;

/**
 * The roster of the board's members, kept by the board secretary: who is appointed and who has stood down. Each
 * member's roster entries are in their board-member stream, beside their declared interests.
 */
public sealed interface BoardRosterEvent {

    @EventType("conduct.board-member.appointed")
    record BoardMemberAppointed(String memberId, LocalDate appointedOn) implements BoardRosterEvent {
    }

    /** The member leaves the board; the roster keeps them, and their register entries stay. */
    @EventType("conduct.board-member.stood-down")
    record BoardMemberStoodDown(String memberId, LocalDate stoodDownOn) implements BoardRosterEvent {
    }
}
