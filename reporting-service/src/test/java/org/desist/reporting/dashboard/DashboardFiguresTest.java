package org.desist.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.desist.eventstore.disclosure.DisclosureControl;
import org.desist.eventstore.http.InvalidField;
import org.junit.jupiter.api.Test;

/** Caseload, outcomes, the officers prompt and the filters, without Quarkus. */
class DashboardFiguresTest {

    private static final Filters ALL = new Filters(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Optional.empty());

    @Test
    void caseloadGroupsByTeamAndOfficer_tiersMostSeriousFirst_workloadWeightedByTier() {
        Caseload c = Caseload.of(ALL, List.of(new Caseload.Row("N01", "o1", "D0", 4), new Caseload.Row("N01", "o1", "A3", 1),
                new Caseload.Row("N01", "o2", Caseload.UNTIERED, 2), new Caseload.Row("N02", "o3", "B1", 3)),
                Map.of("A3", 16, "B1", 10, "D0", 1), 1);

        assertThat(c.tiers()).containsExactly("A3", "B1", "D0", Caseload.UNTIERED);
        Caseload.Team n01 = c.teams().getFirst();
        assertThat(n01.cases()).isEqualTo(7);
        assertThat(n01.workload()).isEqualTo(16 + 4 + 2);
        assertThat(n01.officers().getFirst().byTier()).containsExactly(Map.entry("A3", 1L), Map.entry("B1", 0L),
                Map.entry("D0", 4L), Map.entry(Caseload.UNTIERED, 0L));
        assertThat(c.teams().get(1).workload()).isEqualTo(30);
    }

    @Test
    void outcomesWithholdSmallCohortsAndRatesThatWouldSingleOutFewerThanTheMinimum() {
        DisclosureControl control = new DisclosureControl(10, 1, 100);
        Outcomes o = Outcomes.of(ALL, "quarter", List.of(
                new Outcomes.Row("2024-Q1", 40, 40, 12, Optional.of(0.31), 40, 20, Optional.of(0.45)),
                new Outcomes.Row("2024-Q2", 30, 30, 4, Optional.of(0.2), 0, 0, Optional.empty()),
                new Outcomes.Row("2024-Q3", 6, 6, 1, Optional.of(0.2), 0, 0, Optional.empty())), control);

        assertThat(o.cohorts().get(0).oneYear().orElseThrow().reoffended()).contains(0.3);
        assertThat(o.cohorts().get(0).oneYear().orElseThrow().predicted()).contains(0.31);
        assertThat(o.cohorts().get(0).twoYear().orElseThrow().reoffended()).contains(0.5);
        assertThat(o.cohorts().get(1).oneYear().orElseThrow().reoffended()).isEmpty();
        assertThat(o.cohorts().get(1).twoYear()).isEmpty();
        assertThat(o.cohorts().get(2)).isEqualTo(new Outcomes.Cohort("2024-Q3", true, Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    @Test
    void anOfficerMoreThanOneInterquartileRangeAboveTheTeamsMedianIsNamed_noOneElse_noRanking() {
        OfficerOutliers o = OfficerOutliers.of(ALL, List.of(new OfficerOutliers.Row("N01", "a", 20, 2),
                new OfficerOutliers.Row("N01", "b", 20, 3), new OfficerOutliers.Row("N01", "c", 20, 4),
                new OfficerOutliers.Row("N01", "d", 20, 3), new OfficerOutliers.Row("N01", "e", 20, 12),
                new OfficerOutliers.Row("N02", "f", 10, 9)), 4);

        OfficerOutliers.Team n01 = o.teams().getFirst();
        assertThat(n01.median()).contains(0.15);
        assertThat(n01.interquartileRange()).contains(0.05);
        assertThat(n01.above()).extracting(OfficerOutliers.Officer::staffId).containsExactly("e");
        // one officer is no team to compare with
        assertThat(o.teams().get(1).above()).isEmpty();
        assertThat(o.teams().get(1).median()).isEmpty();
    }

    @Test
    void quantilesInterpolateBetweenTheSortedValues() {
        assertThat(OfficerOutliers.quantile(new double[] {1, 2, 3, 4}, 0.25)).isEqualTo(1.75);
        assertThat(OfficerOutliers.quantile(new double[] {1, 2, 3, 4}, 0.5)).isEqualTo(2.5);
        assertThat(OfficerOutliers.quantile(new double[] {7}, 0.75)).isEqualTo(7);
    }

    @Test
    void filtersDefaultToTheMonthsBeforeToday_andRefuseAnInvertedRangeOrABadDateNamingTheField() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertThat(Filters.of(null, null, " ", today, 12)).isEqualTo(new Filters(LocalDate.of(2025, 11, 30), today,
                Optional.empty()));
        assertThatThrownBy(() -> Filters.of("2026-12-01", "2026-01-01", null, today, 12))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> Filters.of("yesterday", null, null, today, 12))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> Filters.of(null, null, "N01;DROP", today, 12))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("team"));
    }

    @Test
    void csvFieldsAreQuoted_andTextASpreadsheetWouldRunIsDisarmed() {
        assertThat(DashboardCsv.field("N01")).isEqualTo("N01");
        assertThat(DashboardCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(DashboardCsv.field("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(DashboardCsv.field(0.25)).isEqualTo("0.25");
    }

    @Test
    void overridesAreUpToAMoreSeriousLevel() {
        assertThat(Overrides.direction("TIER", "C2", "B2")).isEqualTo("UP");
        assertThat(Overrides.direction("TIER", "B2", "B1")).isEqualTo("DOWN");
        assertThat(Overrides.direction("OGRS3_BAND", "LOW", "HIGH")).isEqualTo("UP");
    }
}
