package org.desist.cases.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.desist.cases.allocation.Allocation.StaffConduct;
import org.desist.cases.allocation.Allocation.StaffMember;
import org.desist.cases.allocation.AllocationEvent.CaseAllocated;
import org.desist.cases.allocation.AllocationEvent.CaseReallocated;
import org.desist.cases.allocation.AllocationEvent.ReallocationFlagged;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a case's allocation events and what conduct-service says of the officer, when it is allocated, then these events. */
class AllocationDecisionsTest {

    private static final StaffConduct ALEX_IN_N01 = conduct("alex", "N01");
    private static final StaffConduct SAM_IN_N01 = conduct("sam", "N01");

    private static StaffConduct conduct(String staffId, String team) {
        return new StaffConduct(Optional.of(new StaffMember(staffId, Optional.of(team), Optional.empty())), true,
                Optional.empty(), false);
    }

    private static AllocateCase allocate(String staffId, String team, String reason) {
        return new AllocateCase(staffId, team, Optional.ofNullable(reason));
    }

    private static Allocation given(AllocationEvent... events) {
        return Allocation.AGGREGATE.fold(List.of(events));
    }

    @Test
    void aFirstAllocationToAMemberOfStaffInTheirTeam() {
        assertThat(given().allocate(allocate("alex", "N01", null), ALEX_IN_N01))
                .containsExactly(new CaseAllocated("alex", "N01", "first allocation"));
    }

    @Test
    void aCaseGoesOnlyToSomeoneOnTheStaffRegister() {
        StaffConduct unknown = new StaffConduct(Optional.empty(), true, Optional.empty(), false);

        assertThatThrownBy(() -> given().allocate(allocate("<script>", "N01", null), unknown))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "staffId");
    }

    @Test
    void aCaseNeverGoesToSomeoneWhoHasLeft() {
        StaffConduct left = new StaffConduct(Optional.of(new StaffMember("alex", Optional.of("N01"),
                Optional.of(LocalDate.of(2026, 10, 31)))), true, Optional.empty(), false);

        assertThatThrownBy(() -> given().allocate(allocate("alex", "N01", null), left)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "staff-member-left");
    }

    @Test
    void aCaseIsHeldInTheOfficersOwnTeamOrATeamThatExists() {
        StaffConduct teamless = new StaffConduct(Optional.of(new StaffMember("alex", Optional.empty(), Optional.empty())),
                false, Optional.empty(), false);
        StaffConduct teamlessButTeamExists = new StaffConduct(teamless.member(), true, Optional.empty(), false);

        assertThatThrownBy(() -> given().allocate(allocate("alex", "N02", null), ALEX_IN_N01))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "team");
        assertThatThrownBy(() -> given().allocate(allocate("alex", "N09", null), teamless))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "team");
        assertThat(given().allocate(allocate("alex", "N01", null), teamlessButTeamExists)).hasSize(1);
    }

    @Test
    void noOfficerSupervisesSomeoneTheyHaveDeclaredARelationshipWith_002_7_6() {
        StaffConduct related = new StaffConduct(ALEX_IN_N01.member(), true, Optional.of("FAMILY"), false);

        assertThatThrownBy(() -> given().allocate(allocate("alex", "N01", null), related))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "relationship-declared");
    }

    @Test
    void noOfficerWhoseSafeguardingRegistrationIsWithdrawnSupervises_002_4_5() {
        StaffConduct withdrawn = new StaffConduct(ALEX_IN_N01.member(), true, Optional.empty(), true);

        assertThatThrownBy(() -> given().allocate(allocate("alex", "N01", null), withdrawn))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "safeguarding-registration-withdrawn");
    }

    @Test
    void aReallocationSaysWhy() {
        Allocation allocated = given(new CaseAllocated("alex", "N01", "first allocation"));

        assertThatThrownBy(() -> allocated.allocate(allocate("sam", "N01", null), SAM_IN_N01))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "reason");
        assertThat(allocated.allocate(allocate("sam", "N01", " caseload balancing "), SAM_IN_N01))
                .containsExactly(new CaseReallocated("alex", "sam", "N01", "caseload balancing"));
    }

    @Test
    void allocatingToTheSameOfficerAgainChangesNothing() {
        assertThat(given(new CaseAllocated("alex", "N01", "first allocation"))
                .allocate(allocate("alex", "N01", null), ALEX_IN_N01)).isEmpty();
    }

    @Test
    void aConductFactAboutTheAllocatedOfficerFlagsTheCaseOnce_002_7_6() {
        Allocation allocated = given(new CaseAllocated("alex", "N01", "first allocation"));
        ReallocationFlagged flag = new ReallocationFlagged("alex", "relationship declared",
                "conduct.relationship.declared");

        assertThat(allocated.flagIfAllocatedTo("alex", "relationship declared", "conduct.relationship.declared"))
                .containsExactly(flag);
        assertThat(allocated.flagIfAllocatedTo("sam", "x", "y")).isEmpty();
        assertThat(given(new CaseAllocated("alex", "N01", "first"), flag).flagIfAllocatedTo("alex", "again", "y"))
                .isEmpty();
        assertThat(given().flagIfAllocatedTo("alex", "x", "y")).isEmpty();
    }

    @Test
    void aFlaggedCaseIsReallocatedOnlyWithAReasonWhichClearsTheFlag() {
        Allocation flagged = given(new CaseAllocated("alex", "N01", "first"),
                new ReallocationFlagged("alex", "withdrawn", "conduct"));

        assertThatThrownBy(() -> flagged.allocate(allocate("alex", "N01", null), ALEX_IN_N01))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "reason");
        assertThat(flagged.allocate(allocate("sam", "N01", "officer withdrawn"), SAM_IN_N01)).singleElement()
                .isInstanceOf(CaseReallocated.class);
        assertThat(given(new CaseAllocated("alex", "N01", "first"), new ReallocationFlagged("alex", "w", "c"),
                new CaseReallocated("alex", "sam", "N01", "r")).flaggedReason()).isEmpty();
    }
}
