package org.desist.conduct.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.desist.conduct.board.BoardRosterEvent.BoardMemberAppointed;
import org.desist.conduct.board.BoardRosterEvent.BoardMemberStoodDown;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a person's roster entries, when the board secretary appoints them or records they stood down, then the events. */
class BoardMembershipDecisionsTest {

    private static final String MEMBER = "board";
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final BoardMemberAppointed APPOINTED = new BoardMemberAppointed(MEMBER, APRIL);
    private static final BoardMemberStoodDown STOOD_DOWN = new BoardMemberStoodDown(MEMBER, APRIL.plusMonths(6));

    private static BoardMembership given(BoardRosterEvent... events) {
        return BoardMembership.AGGREGATE.fold(List.of(events));
    }

    @Test
    void theSecretaryAppointsSomeoneNotServingAndRecordsThatTheyStoodDown() {
        assertThat(given().appoint(MEMBER, APRIL)).containsExactly(APPOINTED);
        assertThat(given(APPOINTED).serving()).isTrue();
        assertThat(given(APPOINTED).standDown(MEMBER, APRIL.plusMonths(6))).containsExactly(STOOD_DOWN);
        assertThat(given(APPOINTED, STOOD_DOWN).serving()).isFalse();
        assertThat(given(APPOINTED, STOOD_DOWN).appoint(MEMBER, APRIL.plusYears(1)))
                .containsExactly(new BoardMemberAppointed(MEMBER, APRIL.plusYears(1)));
    }

    @Test
    void aServingMemberIsNotAppointedAgainNorDoesAnyoneStandDownTwice() {
        assertThatThrownBy(() -> given(APPOINTED).appoint(MEMBER, APRIL)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "already-on-board-roster");
        assertThatThrownBy(() -> given(APPOINTED, STOOD_DOWN).standDown(MEMBER, APRIL.plusYears(1)))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "board-member-stood-down");
        assertThatThrownBy(() -> given().standDown(MEMBER, APRIL)).isInstanceOf(NotFound.class);
    }

    @Test
    void datesFollowEachOther() {
        assertThatThrownBy(() -> given(APPOINTED).standDown(MEMBER, APRIL.minusDays(1))).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "stoodDownOn").hasFieldOrPropertyWithValue("rule", "not-before-appointment");
        assertThatThrownBy(() -> given(APPOINTED, STOOD_DOWN).appoint(MEMBER, APRIL)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "appointedOn");
    }

    @Test
    void theRegistersNameOnlyPeopleOnTheRoster_002_board_9() {
        assertThatThrownBy(() -> given().mustBeOnRoster("nobody", "memberId")).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "memberId").hasFieldOrPropertyWithValue("rule", "on-the-board-roster");
        given(APPOINTED, STOOD_DOWN).mustBeOnRoster(MEMBER, "memberId");
        assertThatThrownBy(() -> given(APPOINTED, STOOD_DOWN).mustServe(MEMBER, "memberId"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "board-member-stood-down");
    }
}
