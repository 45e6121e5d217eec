package org.desist.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.desist.reporting.dashboard.Fairness.Group;
import org.desist.reporting.dashboard.Fairness.Row;
import org.junit.jupiter.api.Test;

/** The fairness panel's arithmetic (000_c72660e7df92b92e.txt 3.1, 8.4), without Quarkus. */
class FairnessFiguresTest {

    private static final Fairness.Rules RULES = new Fairness.Rules(10, 100, 1, 1.25, 0.8);
    private static final Filters ALL = new Filters(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Optional.empty());

    private static Row row(String sex, String ethnicity, boolean breached, long people) {
        return new Row(sex, ethnicity, "25-34", Optional.of("MEDIUM"), breached, false, false, people);
    }

    private static Group group(Fairness f, String dimension, String name) {
        return f.dimensions().get(dimension).stream().filter(g -> g.group().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aGroupUnderTheMinimumIsSuppressed_andTheNextSmallestBesideIt_soNeitherFollowsFromTheTotal_000_8_4() {
        Fairness f = Fairness.of(ALL, List.of(row("MALE", "W1", false, 150), row("FEMALE", "W1", false, 40),
                row("UNKNOWN", "W1", false, 4)), RULES);

        assertThat(group(f, "sex", "UNKNOWN")).isEqualTo(Group.suppressed("UNKNOWN"));
        assertThat(group(f, "sex", "FEMALE")).isEqualTo(Group.suppressed("FEMALE"));
        assertThat(group(f, "sex", "MALE").count()).contains(150L);
        assertThat(group(f, "sex", "MALE").tooSmallToGeneralise()).contains(false);
    }

    @Test
    void groupsUnderTheSignificantSizeArePublishedButMarkedTooSmallToGeneraliseFrom() {
        Fairness f = Fairness.of(ALL, List.of(row("MALE", "W1", false, 150), row("FEMALE", "W1", false, 40),
                row("OTHER", "W1", false, 30)), RULES);

        assertThat(group(f, "sex", "FEMALE").suppressed()).isFalse();
        assertThat(group(f, "sex", "FEMALE").tooSmallToGeneralise()).contains(true);
        assertThat(group(f, "sex", "MALE").tooSmallToGeneralise()).contains(false);
    }

    @Test
    void eachGroupsRateIsARatioToTheOverallRate_flaggedAbove125AndBelow08() {
        // breach actions: men 60 of 150 (0.4), women 10 of 100 (0.1); overall 70 of 250 (0.28)
        Fairness f = Fairness.of(ALL, List.of(row("MALE", "W1", true, 60), row("MALE", "W1", false, 90),
                row("FEMALE", "A1", true, 10), row("FEMALE", "A1", false, 90)), RULES);

        Fairness.Rate men = group(f, "sex", "MALE").rates().orElseThrow().get("breachActions");
        Fairness.Rate women = group(f, "sex", "FEMALE").rates().orElseThrow().get("breachActions");
        assertThat(men.share()).contains(0.4);
        assertThat(men.ratioToOverall()).contains(1.43);
        assertThat(men.flagged()).contains(true);
        assertThat(women.ratioToOverall()).contains(0.36);
        assertThat(women.flagged()).contains(true);
        assertThat(f.overall().get("breachActions").share()).contains(0.28);
        assertThat(group(f, "sex", "MALE").flags().orElseThrow()).containsExactly(
                "breachActions: 1.43 times the overall rate");
    }

    @Test
    void aRateThatWouldSingleOutFewerThanTheMinimumIsWithheld_aZeroIsNot() {
        Fairness f = Fairness.of(ALL, List.of(row("MALE", "W1", true, 3), row("MALE", "W1", false, 197),
                row("FEMALE", "W1", false, 120)), RULES);

        assertThat(group(f, "sex", "MALE").rates().orElseThrow().get("breachActions")).isEqualTo(Fairness.Rate.SUPPRESSED);
        assertThat(group(f, "sex", "FEMALE").rates().orElseThrow().get("breachActions").share()).contains(0.0);
    }

    @Test
    void roshSharesAreOverThoseAssessedOnly() {
        List<Row> rows = new ArrayList<>(List.of(row("MALE", "W1", false, 50),
                new Row("MALE", "W1", "25-34", Optional.of("HIGH"), false, false, false, 50),
                new Row("MALE", "W1", "25-34", Optional.empty(), false, false, false, 100)));
        Fairness f = Fairness.of(ALL, rows, RULES);

        assertThat(group(f, "sex", "MALE").rates().orElseThrow().get("roshHIGH").share()).contains(0.5);
    }

    @Test
    void countsArePublishedRoundedToTheBase() {
        Fairness f = Fairness.of(ALL, List.of(row("MALE", "W1", false, 148), row("FEMALE", "W1", false, 42)),
                new Fairness.Rules(10, 100, 5, 1.25, 0.8));

        assertThat(f.people()).isEqualTo(190);
        assertThat(group(f, "sex", "MALE").count()).contains(150L);
        assertThat(group(f, "sex", "FEMALE").count()).contains(40L);
    }

    @Test
    void noRatioIsPublishedToAWithheldOverallRate_whichShareDividedByRatioWouldGiveAway() {
        // 4 breach actions among 250: the overall rate is withheld, so the women's 0 of 100 has a share but no ratio
        Fairness f = Fairness.of(ALL, List.of(row("MALE", "W1", true, 4), row("MALE", "W1", false, 146),
                row("FEMALE", "A1", false, 100)), RULES);

        assertThat(f.overall().get("breachActions")).isEqualTo(Fairness.Rate.SUPPRESSED);
        Fairness.Rate women = group(f, "sex", "FEMALE").rates().orElseThrow().get("breachActions");
        assertThat(women.share()).contains(0.0);
        assertThat(women.ratioToOverall()).isEmpty();
        assertThat(women.flagged()).isEmpty();
    }
}
