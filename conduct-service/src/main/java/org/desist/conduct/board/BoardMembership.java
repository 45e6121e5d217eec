package org.desist.conduct.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.desist.conduct.board.BoardRosterEvent.BoardMemberAppointed;
import org.desist.conduct.board.BoardRosterEvent.BoardMemberStoodDown;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;

/**
 * One person's place on the board's roster: never appointed, serving since {@code appointedOn}, or stood down on
 * {@code stoodDownOn}. The board's registers name only people on it.
 */
public record BoardMembership(Optional<LocalDate> appointedOn, Optional<LocalDate> stoodDownOn) {

    public static final Aggregate<BoardMembership, BoardRosterEvent> AGGREGATE = new Aggregate<>(BoardRosterEvent.class,
            new BoardMembership(Optional.empty(), Optional.empty()), BoardMembership::evolve);

    static BoardMembership evolve(BoardMembership state, BoardRosterEvent event) {
        return switch (event) {
            case BoardMemberAppointed a -> new BoardMembership(Optional.of(a.appointedOn()), Optional.empty());
            case BoardMemberStoodDown s -> new BoardMembership(state.appointedOn(), Optional.of(s.stoodDownOn()));
        };
    }

    boolean serving() {
        return appointedOn.isPresent() && stoodDownOn.isEmpty();
    }

    /** The board secretary appoints someone not serving now; a member who stood down may be appointed again. */
    List<BoardRosterEvent> appoint(String memberId, LocalDate on) {
        if (serving()) {
            throw new RuleViolated("already-on-board-roster", memberId + " has served on the board since "
                    + appointedOn.get(), null);
        }
        if (stoodDownOn.filter(on::isBefore).isPresent()) {
            throw new InvalidField("appointedOn", "not-before-standing-down", memberId + " stood down on "
                    + stoodDownOn.get() + "; an appointment again is on or after that day", null);
        }
        return List.of(new BoardMemberAppointed(memberId, on));
    }

    List<BoardRosterEvent> standDown(String memberId, LocalDate on) {
        if (appointedOn.isEmpty()) {
            throw new NotFound("no board member " + memberId + " is on the roster");
        }
        if (!serving()) {
            throw new RuleViolated("board-member-stood-down", memberId + " stood down on " + stoodDownOn.get(), null);
        }
        if (on.isBefore(appointedOn.get())) {
            throw new InvalidField("stoodDownOn", "not-before-appointment", memberId + " was appointed on "
                    + appointedOn.get() + "; they cannot have stood down before that", null);
        }
        return List.of(new BoardMemberStoodDown(memberId, on));
    }

    /** A report or a register entry names someone who is, or was, on the roster ({@code field} names them). */
    void mustBeOnRoster(String memberId, String field) {
        if (appointedOn.isEmpty()) {
            throw new InvalidField(field, "on-the-board-roster", memberId + " is not on the board's roster: the board "
                    + "secretary appoints members (POST /board/members)", null);
        }
    }

    /** Interests are declared and amended by members serving now. */
    void mustServe(String memberId, String field) {
        mustBeOnRoster(memberId, field);
        if (!serving()) {
            throw new RuleViolated("board-member-stood-down", memberId + " stood down from the board on "
                    + stoodDownOn.get() + ": their declarations stay on the register, and take no more", null);
        }
    }
}
