package org.desist.risk.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.desist.risk.assessment.CalculatedLevel;
import org.desist.risk.fairness.FairnessReport.Calibration;
import org.desist.risk.fairness.FairnessReport.Group;
import org.desist.risk.fairness.FairnessReport.Rate;
import org.junit.jupiter.api.Test;

/**
 * The fairness report's figures from given people (000_c72660e7df92b92e.txt 3.1, 8.4): ratios and flags, shares over
 * those assessed, every override made, calibration, and the disclosure control that protects the people counted.
 */
class FairnessFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final FairnessRules RULES = new Rules(10, 5, 100, 1.25, 0.8);

    private final FairnessFigures figures = new FairnessFigures(RULES);

    @Test
    void ratiosAtExactly125And08OfTheOverallRateAreNotFlagged_000_3_1_and_8_4() {
        List<Subject> people = new ArrayList<>();
        people.addAll(someone().ethnicity("A").rosh("HIGH").times(20));
        people.addAll(someone().ethnicity("A").rosh("LOW").times(20));
        people.addAll(someone().ethnicity("B").rosh("HIGH").times(16));
        people.addAll(someone().ethnicity("B").rosh("LOW").times(34));

        FairnessReport report = figures.report(people, TODAY);

        assertThat(rosh(report, "A", "HIGH")).isEqualTo(published(0.5, 1.25));
        assertThat(rosh(report, "B", "HIGH")).isEqualTo(published(0.32, 0.8));
        assertThat(rosh(report, "A", "LOW")).isEqualTo(published(0.5, 0.83));
        assertThat(rosh(report, "B", "LOW")).isEqualTo(published(0.68, 1.13));
        assertThat(group(report, "A").flags()).contains(List.of());
        assertThat(group(report, "B").flags()).contains(List.of());
    }

    @Test
    void ratiosBeyond125And08OfTheOverallRateAreFlagged_000_3_1_and_8_4() {
        List<Subject> people = new ArrayList<>();
        people.addAll(someone().ethnicity("A").rosh("HIGH").times(21));
        people.addAll(someone().ethnicity("A").rosh("LOW").times(19));
        people.addAll(someone().ethnicity("B").rosh("HIGH").times(16));
        people.addAll(someone().ethnicity("B").rosh("LOW").times(34));

        FairnessReport report = figures.report(people, TODAY);

        // overall HIGH 37/90; A 21/40 = 1.277 times it, B 16/50 = 0.778 times it
        assertThat(rosh(report, "A", "HIGH")).isEqualTo(published(0.53, 1.28));
        assertThat(rosh(report, "B", "HIGH")).isEqualTo(published(0.32, 0.78));
        assertThat(group(report, "A").flags()).contains(List.of("rosh HIGH: 1.28 times the overall rate"));
        assertThat(group(report, "B").flags()).contains(List.of("rosh HIGH: 0.78 times the overall rate"));
    }

    @Test
    void aGroupOfFewerThanTenPublishesNoFigure_andTakesTheNextSmallestGroupWithIt() {
        List<Subject> people = new ArrayList<>();
        people.addAll(someone().ethnicity("A").rosh("HIGH").times(40));
        people.addAll(someone().ethnicity("B").rosh("HIGH").times(50));
        people.addAll(someone().ethnicity("C").rosh("LOW").times(3));

        FairnessReport report = figures.report(people, TODAY);

        assertThat(group(report, "C")).isEqualTo(Group.suppressed("C"));
        assertThat(group(report, "A")).as("else C would be everyone less A and B").isEqualTo(Group.suppressed("A"));
        assertThat(group(report, "B").count()).contains(50L);
        assertThat(report.people()).isEqualTo(95);
        assertThat(Group.suppressed("C")).satisfies(g -> {
            assertThat(g.count()).isEmpty();
            assertThat(g.significant()).isEmpty();
            assertThat(g.distributions()).isEmpty();
            assertThat(g.overrides()).isEmpty();
            assertThat(g.flags()).isEmpty();
            assertThat(g.oneYear()).isEmpty();
            assertThat(g.twoYear()).isEmpty();
        });
    }

    @Test
    void countsAreRoundedToFiveAndGroupsUnderAHundredAreMarkedNotSignificantRatherThanHidden() {
        List<Subject> people = new ArrayList<>();
        people.addAll(someone().ethnicity("A").rosh("HIGH").times(52));
        people.addAll(someone().ethnicity("B").rosh("HIGH").times(123));

        FairnessReport report = figures.report(people, TODAY);

        assertThat(report.people()).isEqualTo(175);
        assertThat(group(report, "A").count()).contains(50L);
        assertThat(group(report, "A").significant()).contains(false);
        assertThat(rosh(report, "A", "HIGH")).isEqualTo(published(1.0, 1.0));
        assertThat(group(report, "B").count()).contains(125L);
        assertThat(group(report, "B").significant()).contains(true);
    }

    @Test
    void distributionSharesAreTakenOverThePeopleAssessed() {
        List<Subject> people = new ArrayList<>();
        people.addAll(someone().ethnicity("A").rosh("HIGH").times(20));
        people.addAll(someone().ethnicity("A").times(10));
        people.addAll(someone().ethnicity("B").rosh("HIGH").times(15));
        people.addAll(someone().ethnicity("B").rosh("LOW").times(15));

        FairnessReport report = figures.report(people, TODAY);

        // A: 20 of the 20 assessed, not 20 of 30; overall 35 of 50 assessed
        assertThat(rosh(report, "A", "HIGH")).isEqualTo(published(1.0, 1.43));
        assertThat(rosh(report, "B", "HIGH")).isEqualTo(published(0.5, 0.71));
    }

    @Test
    void aCellOfFewerThanTenInAPublishedGroupIsSuppressedWithTheNextSmallest() {
        List<Subject> people = new ArrayList<>();
        people.addAll(someone().ethnicity("A").rosh("VERY_HIGH").times(2));
        people.addAll(someone().ethnicity("A").rosh("HIGH").times(25));
        people.addAll(someone().ethnicity("A").rosh("LOW").times(13));
        people.addAll(someone().ethnicity("B").rosh("MEDIUM").times(30));

        FairnessReport report = figures.report(people, TODAY);

        assertThat(rosh(report, "A", "VERY_HIGH")).isEqualTo(Rate.SUPPRESSED);
        assertThat(rosh(report, "A", "LOW")).isEqualTo(Rate.SUPPRESSED);
        assertThat(rosh(report, "A", "HIGH").share()).contains(0.63);
        assertThat(rosh(report, "A", "MEDIUM").share()).contains(0.0);
        assertThat(group(report, "A").flags().orElseThrow()).noneMatch(flag -> flag.contains("VERY_HIGH") || flag.contains("LOW"));
    }

    @Test
    void everyOverrideMadeIsCounted_inForceOrSinceSuperseded_000_8_5() {
        List<Subject> people = new ArrayList<>();
        people.addAll(someone().ethnicity("A").tier("B2").tierOverrides("UP").times(10));
        people.addAll(someone().ethnicity("A").tier("B2").times(10));
        people.addAll(someone().ethnicity("B").tier("C1").tierOverrides("DOWN").times(10));
        people.addAll(someone().ethnicity("B").tier("C1").tierOverrides("UP", "DOWN").times(10));
        people.addAll(someone().ethnicity("B").tier("C1").times(20));

        FairnessReport report = figures.report(people, TODAY);

        // overall: 30 of the 60 calculated overridden, 20 up, 20 down
        var a = group(report, "A").overrides().orElseThrow().get(CalculatedLevel.TIER);
        assertThat(a.rate()).isEqualTo(published(0.5, 1.0));
        assertThat(a.up()).isEqualTo(published(0.5, 1.5));
        assertThat(a.down()).isEqualTo(published(0.0, 0.0));
        var b = group(report, "B").overrides().orElseThrow().get(CalculatedLevel.TIER);
        assertThat(b.rate()).isEqualTo(published(0.5, 1.0));
        assertThat(b.up()).isEqualTo(published(0.25, 0.75));
        assertThat(b.down()).isEqualTo(published(0.5, 1.5));
        assertThat(group(report, "A").overrides().orElseThrow()).doesNotContainKey(CalculatedLevel.OGRS3_BAND);
        assertThat(group(report, "B").flags().orElseThrow()).contains("tier overrides up: 0.75 times the overall rate");
    }

    @Test
    void overrideRatesThatWouldGiveAwayAFewOverriddenPeopleAreSuppressed() {
        List<Subject> people = new ArrayList<>();
        people.addAll(someone().ethnicity("A").tier("B2").tierOverrides("UP").times(3));
        people.addAll(someone().ethnicity("A").tier("B2").times(30));

        var overrides = group(figures.report(people, TODAY), "A").overrides().orElseThrow().get(CalculatedLevel.TIER);

        assertThat(overrides.rate()).isEqualTo(Rate.SUPPRESSED);
        assertThat(overrides.up()).isEqualTo(Rate.SUPPRESSED);
        assertThat(overrides.down().share()).contains(0.0);
    }

    @Test
    void calibrationCountsEveryoneWhoseFirstFollowUpBeganLongEnoughAgo_andIsWithheldForTooFew() {
        List<Subject> people = new ArrayList<>();
        LocalDate start = LocalDate.of(2023, 1, 10);
        people.addAll(someone().ethnicity("A").followedUp(start, 0.4, 0.6).reconvicted(LocalDate.of(2023, 6, 1)).times(10));
        people.addAll(someone().ethnicity("A").followedUp(start, 0.2, 0.3).reconvicted(LocalDate.of(2024, 6, 1)).times(10));
        people.addAll(someone().ethnicity("B").followedUp(start, 0.2, 0.3).times(5));
        people.addAll(someone().ethnicity("B").times(10));
        people.addAll(someone().ethnicity("C").followedUp(start, 0.2, 0.3).times(15));
        people.addAll(someone().ethnicity("D").followedUp(TODAY.minusMonths(6), 0.2, 0.3).times(12));

        FairnessReport report = figures.report(people, TODAY);

        assertThat(group(report, "A").oneYear()).contains(new Calibration(20, 0.5, 0.3));
        assertThat(group(report, "A").twoYear()).contains(new Calibration(20, 1.0, 0.45));
        assertThat(group(report, "B").oneYear()).as("a cohort of 5").isEmpty();
        assertThat(group(report, "C").oneYear()).as("else B's would be everyone's less A's").isEmpty();
        assertThat(group(report, "C").count()).contains(15L);
        assertThat(group(report, "D").oneYear()).as("followed up 6 months").isEmpty();
    }

    /**
     * Two reports either side of one new person who joins a group suppressed in both (ethnicity joined to risk
     * judgements): the same two reports would be read had the people of two suppressed groups been split differently
     * (one moved from one to the other) and the person joined either of them — so differencing them recovers neither
     * which suppressed group they joined nor its size. The attacker is given the exact total, not only the rounded
     * one. Two groups of one person each cannot trade without one vanishing, so such pairs are not counted.
     */
    @Test
    void twoReportsEitherSideOfOneNewPersonRecoverNeitherTheSuppressedGroupTheyJoinedNorItsSize() {
        Random random = new Random(2026);
        int compared = 0;
        for (int trial = 0; trial < 300; trial++) {
            List<Subject> people = population(random);
            Subject newcomer = random(random).subject();
            List<String> groups = people.stream().map(Subject::ethnicity).distinct().sorted().toList();
            FairnessReport before = figures.report(people, TODAY);
            for (String joined : groups) {
                FairnessReport after = figures.report(joining(people, newcomer, joined), TODAY);
                if (!group(before, joined).suppressed() || !group(after, joined).suppressed()) {
                    continue;
                }
                List<String> partners = groups.stream()
                        .filter(other -> !other.equals(joined) && group(before, other).suppressed()).toList();
                assertThat(partners).as("trial %d: %s alone suppressed in %s is the total less the others", trial,
                        joined, sizes(people)).isNotEmpty();
                boolean anotherGroup = false;
                boolean anotherSize = false;
                boolean tradable = false;
                for (String other : partners) {
                    List<List<Subject>> splits = new ArrayList<>(List.of(people));
                    moved(people, joined, other).ifPresent(splits::add);
                    moved(people, other, joined).ifPresent(splits::add);
                    tradable |= splits.size() > 1;
                    for (List<Subject> split : splits) {
                        if (!figures.report(split, TODAY).equals(before)) {
                            continue;
                        }
                        for (String into : List.of(joined, other)) {
                            if (figures.report(joining(split, newcomer, into), TODAY).equals(after)) {
                                anotherGroup |= !into.equals(joined);
                                anotherSize |= size(split, joined) != size(people, joined);
                            }
                        }
                    }
                }
                if (tradable) {
                    compared++;
                    assertThat(anotherGroup).as("trial %d: which of %s %s joined", trial, sizes(people), joined).isTrue();
                    assertThat(anotherSize).as("trial %d: the size of %s in %s", trial, joined, sizes(people)).isTrue();
                }
            }
        }
        assertThat(compared).isGreaterThan(200);
    }

    private static List<Subject> joining(List<Subject> people, Subject newcomer, String ethnicity) {
        List<Subject> more = new ArrayList<>(people);
        more.add(withEthnicity(newcomer, ethnicity));
        return more;
    }

    /** The same people with one moved from one group to another, if the first has one to spare. */
    private static Optional<List<Subject>> moved(List<Subject> people, String from, String to) {
        if (size(people, from) < 2) {
            return Optional.empty();
        }
        List<Subject> moved = new ArrayList<>(people);
        for (int i = 0; i < moved.size(); i++) {
            if (moved.get(i).ethnicity().equals(from)) {
                moved.set(i, withEthnicity(moved.get(i), to));
                return Optional.of(moved);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Long> sizes(List<Subject> people) {
        return people.stream().collect(Collectors.groupingBy(Subject::ethnicity, TreeMap::new, Collectors.counting()));
    }

    private static long size(List<Subject> people, String ethnicity) {
        return people.stream().filter(s -> s.ethnicity().equals(ethnicity)).count();
    }

    private static Subject withEthnicity(Subject s, String ethnicity) {
        return new Subject(s.sex(), ethnicity, s.ageBand(), s.rosh(), s.tier(), s.ogrs3Band(), s.overridesMade(),
                s.followUpStart(), s.oneYearProbability(), s.twoYearProbability(), s.convictions());
    }

    private static List<Subject> population(Random random) {
        List<Subject> people = new ArrayList<>();
        int groups = 2 + random.nextInt(6);
        for (int g = 0; g < groups; g++) {
            int size = random.nextInt(3) == 0 ? 10 + random.nextInt(200) : 1 + random.nextInt(14);
            for (int i = 0; i < size; i++) {
                people.add(random(random).ethnicity("E" + g).subject());
            }
        }
        return people;
    }

    private static Someone random(Random random) {
        Someone someone = someone().sex(random.nextInt(5) == 0 ? "FEMALE" : "MALE")
                .ageBand(List.of("18-24", "25-34", "35-49").get(random.nextInt(3)));
        if (random.nextInt(4) > 0) {
            someone.rosh(List.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH").get(random.nextInt(4)));
        }
        if (random.nextInt(4) > 0) {
            someone.tier(List.of("A1", "B2", "C3", "D0").get(random.nextInt(4)));
            if (random.nextInt(5) == 0) {
                someone.tierOverrides(random.nextBoolean() ? "UP" : "DOWN");
            }
        }
        if (random.nextBoolean()) {
            someone.followedUp(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000)), random.nextDouble(),
                    random.nextDouble());
            if (random.nextInt(3) == 0) {
                someone.reconvicted(LocalDate.of(2023, 6, 1).plusDays(random.nextInt(900)));
            }
        }
        return someone;
    }

    private static Group group(FairnessReport report, String ethnicity) {
        return report.dimensions().get("ethnicity").stream().filter(g -> g.group().equals(ethnicity)).findFirst()
                .orElseThrow();
    }

    private static Rate rosh(FairnessReport report, String ethnicity, String level) {
        return group(report, ethnicity).distributions().orElseThrow().get("rosh").get(level);
    }

    private static Rate published(double share, double ratio) {
        return new Rate(false, Optional.of(share), Optional.of(ratio));
    }

    private static Someone someone() {
        return new Someone();
    }

    record Rules(int minimumGroupSize, int roundingBase, int significantGroupSize, double flagAbove, double flagBelow)
            implements FairnessRules {
    }

    /** A person being described for a test; {@link #subject()} gives the row the report counts. */
    private static final class Someone {

        private String sex = "MALE";
        private String ethnicity = "W1";
        private String ageBand = "25-34";
        private Optional<String> rosh = Optional.empty();
        private Optional<String> tier = Optional.empty();
        private Set<String> tierOverrides = Set.of();
        private Optional<LocalDate> followUp = Optional.empty();
        private Optional<Double> oneYear = Optional.empty();
        private Optional<Double> twoYear = Optional.empty();
        private List<LocalDate> convictions = List.of();

        Someone sex(String value) {
            sex = value;
            return this;
        }

        Someone ethnicity(String value) {
            ethnicity = value;
            return this;
        }

        Someone ageBand(String value) {
            ageBand = value;
            return this;
        }

        Someone rosh(String value) {
            rosh = Optional.of(value);
            return this;
        }

        Someone tier(String value) {
            tier = Optional.of(value);
            return this;
        }

        Someone tierOverrides(String... directions) {
            tierOverrides = Set.of(directions);
            return this;
        }

        Someone followedUp(LocalDate start, double oneYearProbability, double twoYearProbability) {
            followUp = Optional.of(start);
            oneYear = Optional.of(oneYearProbability);
            twoYear = Optional.of(twoYearProbability);
            return this;
        }

        Someone reconvicted(LocalDate on) {
            convictions = List.of(on);
            return this;
        }

        Subject subject() {
            Map<CalculatedLevel, Set<String>> overrides = new EnumMap<>(CalculatedLevel.class);
            overrides.put(CalculatedLevel.TIER, tierOverrides);
            overrides.put(CalculatedLevel.OGRS3_BAND, Set.of());
            return new Subject(sex, ethnicity, ageBand, rosh, tier, Optional.empty(), Map.copyOf(overrides), followUp,
                    oneYear, twoYear, convictions);
        }

        List<Subject> times(int n) {
            Subject subject = subject();
            return Collections.nCopies(n, subject);
        }
    }
}
