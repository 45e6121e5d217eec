package org.desist.conduct.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.board.BoardInterestEvent.BoardInterestAmended;
import org.desist.conduct.board.BoardInterestEvent.BoardInterestDeclared;
import org.desist.conduct.board.BoardInterestEvent.BoardInterestWithdrawn;
import org.desist.conduct.board.BoardInterestEvent.InterestKind;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a board member's declared interests, when one is amended or withdrawn, then the event or the refusal. */
class BoardInterestsDecisionsTest {

    private static final String MEMBER = "board";
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final BoardMembership SERVING = new BoardMembership(Optional.of(APRIL.minusYears(1)), Optional.empty());

    private static BoardInterests given(BoardInterestEvent... events) {
        return BoardInterests.AGGREGATE.fold(List.of(events));
    }

    private static BoardInterestDeclared declared() {
        return new BoardInterestDeclared(UUID.randomUUID(), MEMBER, InterestKind.EMPLOYMENT_OR_OFFICE, "trustee", APRIL);
    }

    @Test
    void aDeclaredInterestIsAmendedWithTheReason_002_board_2_vi() {
        BoardInterestDeclared interest = declared();

        assertThat(given(interest).amend(SERVING, MEMBER, interest.interestId(), InterestKind.EMPLOYMENT_OR_OFFICE, "chair",
                APRIL, "became chair")).containsExactly(new BoardInterestAmended(interest.interestId(), MEMBER,
                        InterestKind.EMPLOYMENT_OR_OFFICE, "chair", APRIL, "became chair"));
    }

    @Test
    void anInterestEndsNoEarlierThanItsDateAsLastAmended() {
        BoardInterestDeclared interest = declared();
        BoardInterestAmended later = new BoardInterestAmended(interest.interestId(), MEMBER, interest.kind(), "chair",
                APRIL.plusMonths(2), "became chair");

        assertThatThrownBy(() -> given(interest, later).withdraw(MEMBER, interest.interestId(), APRIL.plusMonths(1),
                "stood down")).isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "endedOn");
        assertThat(given(interest, later).withdraw(MEMBER, interest.interestId(), APRIL.plusMonths(2), "stood down"))
                .containsExactly(new BoardInterestWithdrawn(interest.interestId(), MEMBER, APRIL.plusMonths(2),
                        "stood down"));
    }

    @Test
    void aWithdrawnInterestIsNeitherAmendedNorWithdrawnAgain_002_board_2_vi() {
        BoardInterestDeclared interest = declared();
        BoardInterests withdrawn = given(interest, new BoardInterestWithdrawn(interest.interestId(), MEMBER,
                APRIL.plusMonths(6), "stood down"));

        assertThatThrownBy(() -> withdrawn.amend(SERVING, MEMBER, interest.interestId(), interest.kind(), "x", APRIL, "x"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "board-interest-withdrawn");
        assertThatThrownBy(() -> withdrawn.withdraw(MEMBER, interest.interestId(), APRIL.plusMonths(7), "x"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "board-interest-withdrawn");
    }

    @Test
    void anInterestNotDeclaredIsNotFound() {
        assertThatThrownBy(() -> given(declared()).amend(SERVING, MEMBER, UUID.randomUUID(), InterestKind.OTHER_CIRCUMSTANCE, "x",
                APRIL, "x")).isInstanceOf(NotFound.class);
    }

    @Test
    void aMemberDeclaresAnInterest_002_board_2_vi() {
        UUID id = UUID.randomUUID();

        assertThat(BoardInterests.declare(SERVING, id, MEMBER, InterestKind.FINANCIAL, " shares in a supplier ", APRIL))
                .containsExactly(new BoardInterestDeclared(id, MEMBER, InterestKind.FINANCIAL, "shares in a supplier",
                        APRIL));
    }

    @Test
    void onlyAMemberServingOnTheRosterDeclaresOrAmendsAnInterest_002_board_2_vi() {
        BoardInterestDeclared interest = declared();
        BoardMembership never = new BoardMembership(Optional.empty(), Optional.empty());
        BoardMembership stoodDown = new BoardMembership(Optional.of(APRIL.minusYears(1)), Optional.of(APRIL));

        assertThatThrownBy(() -> BoardInterests.declare(never, UUID.randomUUID(), MEMBER, InterestKind.FINANCIAL, "x",
                APRIL)).isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "memberId")
                .hasFieldOrPropertyWithValue("rule", "on-the-board-roster");
        assertThatThrownBy(() -> BoardInterests.declare(stoodDown, UUID.randomUUID(), MEMBER, InterestKind.FINANCIAL,
                "x", APRIL)).isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "board-member-stood-down");
        assertThatThrownBy(() -> given(interest).amend(stoodDown, MEMBER, interest.interestId(), interest.kind(), "x",
                APRIL, "x")).isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "board-member-stood-down");
        assertThat(given(interest).withdraw(MEMBER, interest.interestId(), APRIL, "ended")).hasSize(1);
    }
}
