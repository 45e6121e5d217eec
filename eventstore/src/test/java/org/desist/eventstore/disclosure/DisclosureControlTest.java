package org.desist.eventstore.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Disclosure control's arithmetic (000_c72660e7df92b92e.txt 3.1, 8.4: monitoring that singles no one out). */
class DisclosureControlTest {

    private final DisclosureControl control = new DisclosureControl(10, 5, 100);

    @Test
    void countsAreRoundedToTheNearestMultipleOfTheBaseHalvesUp() {
        assertThat(LongStream.of(0, 1, 2, 3, 7, 8, 10, 12, 13, 97, 98, 1_002, 1_003).map(control::rounded))
                .containsExactly(0L, 0L, 0L, 5L, 5L, 10L, 10L, 10L, 15L, 95L, 100L, 1_000L, 1_005L);
        DisclosureControl tens = new DisclosureControl(10, 10, 100);
        assertThat(tens.rounded(4)).isZero();
        assertThat(tens.rounded(5)).isEqualTo(10);
        assertThat(tens.rounded(14)).isEqualTo(10);
        assertThat(new DisclosureControl(10, 1, 100).rounded(13)).isEqualTo(13);
    }

    @Test
    void aGroupUnderTheSecondThresholdIsNotSignificant_judgedOnTheCountAsPublished() {
        assertThat(control.significant(97)).isFalse();
        assertThat(control.significant(98)).isTrue();
        assertThat(control.significant(250)).isTrue();
    }

    @Test
    void cellsOfOneToNinePeopleAreWithheld_emptyAndLargerOnesAreNot() {
        Map<String, Long> table = Map.of("A", 1L, "B", 9L, "C", 10L, "D", 0L, "E", 400L);

        assertThat(control.withheld(table, Set.of())).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void aLoneWithheldCellTakesTheNextSmallestWithIt_soItCannotBeReadFromTheTotal() {
        Map<String, Long> table = Map.of("A", 4L, "B", 60L, "C", 35L, "D", 0L, "E", 400L);

        assertThat(control.withheld(table, Set.of())).containsExactlyInAnyOrder("A", "C");
        assertThat(control.withheld(Map.of("A", 40L, "B", 35L, "C", 35L), Set.of("A")))
                .as("ties are broken by name").containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void aLoneWithheldCellBesideOnlyEmptyOnesWithholdsTheWholeTable() {
        Map<String, Long> table = Map.of("HIGH", 6L, "LOW", 0L, "MEDIUM", 0L);

        assertThat(control.withheld(table, Set.of())).containsExactlyInAnyOrder("HIGH", "LOW", "MEDIUM");
    }

    @Test
    void aFigureIsPublishedOnlyIfItSumsNoneOrAllOfTheWithheldCells() {
        Set<String> withheld = Set.of("UP", "DOWN");

        assertThat(DisclosureControl.publishable(Set.of("UP", "DOWN", "BOTH"), withheld)).isTrue();
        assertThat(DisclosureControl.publishable(Set.of("UP", "BOTH"), withheld)).isFalse();
        assertThat(DisclosureControl.publishable(Set.of("NONE"), withheld)).isTrue();
        assertThat(DisclosureControl.publishable(Set.of("UP"), Set.of())).isTrue();
    }

    @Test
    void noTableLeavesOneCellWithheldBesidePublishedOnes_soNoneEqualsTheTotalLessThePublished() {
        Random random = new Random(11);
        for (int trial = 0; trial < 20_000; trial++) {
            Map<String, Long> table = new TreeMap<>();
            int cells = 1 + random.nextInt(7);
            for (int i = 0; i < cells; i++) {
                table.put("G" + i, (long) (random.nextBoolean() ? random.nextInt(15) : random.nextInt(500)));
            }
            Set<String> withheld = control.withheld(table, Set.of());

            long nonEmpty = withheld.stream().filter(cell -> table.get(cell) > 0).count();
            assertThat(nonEmpty != 1 || withheld.equals(table.keySet())).as("%s withholds %s", table, withheld).isTrue();
            table.forEach((cell, count) -> {
                if (count > 0 && count < 10) {
                    assertThat(withheld).as("%s", table).contains(cell);
                }
            });
        }
    }

    @Test
    void sharesAndRatiosArePublishedToTwoDecimalPlaces() {
        assertThat(DisclosureControl.published(1 / 3.0)).isEqualTo(0.33);
        assertThat(DisclosureControl.published(0.625)).isEqualTo(0.63);
        assertThat(DisclosureControl.published(1.25)).isEqualTo(1.25);
    }

    @Test
    void thresholdsAndTheBaseAreWholeNumbersOfAtLeastOne() {
        assertThatThrownBy(() -> new DisclosureControl(10, 0, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
