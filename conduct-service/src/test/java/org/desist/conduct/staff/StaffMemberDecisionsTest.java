package org.desist.conduct.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.staff.StaffEvent.StaffMemberLeft;
import org.desist.conduct.staff.StaffEvent.StaffMemberMoved;
import org.desist.conduct.staff.StaffEvent.StaffMemberRegistered;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a member of staff's register entries, when they move or leave, then the event or the refusal. */
class StaffMemberDecisionsTest {

    private static final StaffMemberRegistered ALEX = new StaffMemberRegistered("alex", "Alex Morgan", "probation-officer",
            Optional.of("N01"), Optional.of("senior"));

    private static StaffMember given(StaffEvent... events) {
        return StaffMember.AGGREGATE.fold(List.of(events));
    }

    @Test
    void aMoveRecordsWhereTheyWereAndWhereTheyAreNowKeepingWhatItDoesNotName() {
        UUID reorganisation = UUID.randomUUID();

        assertThat(given(ALEX).move("alex", Optional.of("N02"), Optional.empty(), Optional.of(reorganisation), "merger"))
                .containsExactly(new StaffMemberMoved("alex", Optional.of("N02"), Optional.of("senior"),
                        Optional.of("N01"), Optional.of("senior"), Optional.of(reorganisation), "merger"));
    }

    @Test
    void aMoveToWhereTheyAlreadyAreRecordsNothing() {
        assertThat(given(ALEX).move("alex", Optional.of("N01"), Optional.of("senior"), Optional.empty(), "x")).isEmpty();
        StaffMember moved = given(ALEX, new StaffMemberMoved("alex", Optional.of("N02"), Optional.of("senior"),
                Optional.of("N01"), Optional.of("senior"), Optional.empty(), "x"));
        assertThat(moved.move("alex", Optional.of("N02"), Optional.empty(), Optional.empty(), "again")).isEmpty();
    }

    @Test
    void aMemberWhoHasLeftIsMovedNoMoreNorLeavesAgain() {
        StaffMember left = given(ALEX, new StaffMemberLeft("alex", LocalDate.of(2026, 10, 31), "retired"));

        assertThatThrownBy(() -> left.move("alex", Optional.of("N02"), Optional.empty(), Optional.empty(), "x"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "staff-member-left");
        assertThatThrownBy(() -> left.leave("alex", LocalDate.of(2026, 11, 30), "x")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "staff-member-left");
    }

    @Test
    void aMemberLeavesWithTheDateAndReason() {
        assertThat(given(ALEX).leave("alex", LocalDate.of(2026, 10, 31), "retired"))
                .containsExactly(new StaffMemberLeft("alex", LocalDate.of(2026, 10, 31), "retired"));
    }

    @Test
    void someoneNotOnTheRegisterIsNotFound() {
        assertThatThrownBy(() -> given().leave("nobody", LocalDate.of(2026, 10, 31), "x")).isInstanceOf(NotFound.class);
    }
}
