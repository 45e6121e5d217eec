package org.desist.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.desist.reporting.dashboard.Responsibility.Allocation;
import org.junit.jupiter.api.Test;

/** Which team was responsible for a case on a day: what every panel counts a fact under, without Quarkus. */
class ResponsibilityTest {

    private static Allocation allocated(String id, String day, String team) {
        LocalDate on = LocalDate.parse(day);
        return new Allocation("/desist/case-service", id, on.atTime(9, 0).toInstant(ZoneOffset.UTC), 0, on,
                team + "-officer", team);
    }

    private static Optional<String> teamOn(Responsibility r, String day) {
        return r.on(LocalDate.parse(day)).map(Allocation::team);
    }

    @Test
    void aReallocatedCase_countsForTheOldTeamBeforeTheDayItMovedAndTheNewTeamFromThatDay() {
        // given a case allocated to N01, then reallocated to N02 on 1 June 2025
        Responsibility r = Responsibility.of(List.of(allocated("1", "2024-01-10", "N01"), allocated("2", "2025-06-01", "N02")));

        // then the earlier period stays with N01
        assertThat(teamOn(r, "2024-03-01")).contains("N01");
        assertThat(teamOn(r, "2025-05-31")).contains("N01");
        assertThat(teamOn(r, "2025-06-01")).contains("N02");
        assertThat(teamOn(r, "2026-11-30")).contains("N02");
        assertThat(r.latest().map(Allocation::team)).contains("N02");
    }

    @Test
    void whatHappenedBeforeTheFirstAllocationBelongsToTheTeamThatTookTheCaseOn() {
        Responsibility r = Responsibility.of(List.of(allocated("1", "2024-01-10", "N01")));

        // a sentence on 2 January, allocated on the 10th: N01's
        assertThat(teamOn(r, "2024-01-02")).contains("N01");
    }

    @Test
    void allocationsDeliveredOutOfOrder_giveTheSamePeriods() {
        Allocation first = allocated("1", "2024-01-10", "N01");
        Allocation second = allocated("2", "2025-06-01", "N02");

        assertThat(Responsibility.of(List.of(second, first))).isEqualTo(Responsibility.of(List.of(first, second)));
    }

    @Test
    void twoAllocationsOnOneDay_theLaterIsInForceThatDay() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        Allocation morning = new Allocation("s", "1", Instant.parse("2025-06-01T09:00:00Z"), 2, day, "o1", "N01");
        Allocation afternoon = new Allocation("s", "2", Instant.parse("2025-06-01T15:00:00Z"), 3, day, "o2", "N02");

        Responsibility r = Responsibility.of(List.of(afternoon, morning));

        assertThat(teamOn(r, "2025-06-01")).contains("N02");
        assertThat(teamOn(r, "2025-05-31")).contains("N01");
    }

    @Test
    void aCaseNeverAllocated_hasNoTeam() {
        assertThat(Responsibility.of(List.of()).on(LocalDate.of(2025, 1, 1))).isEmpty();
    }
}
