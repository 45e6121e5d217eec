package org.desist.risk.ogrs3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.desist.eventstore.http.InvalidField;
import org.junit.jupiter.api.Test;

/** OGRS3 against figures worked independently from the published formula (shared/facts/OGRS3.md). */
class Ogrs3Test {

    @Test
    void aManOf36WithFiveSanctionsForTheft_ogrs3Formula() {
        Ogrs3Score score = Ogrs3.calculate(new Ogrs3Inputs(Sex.MALE, LocalDate.of(1990, 1, 1), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1), 18, 5, OffenceCategory.THEFT_NON_MOTOR));

        assertThat(score.factors().ageSex()).isEqualTo(-1.368);
        assertThat(score.factors().convictionStatus()).isEqualTo(0.46306);
        assertThat(score.factors().copasRate()).isCloseTo(-2.1553877457658492, within(1e-12));
        assertThat(score.factors().offence()).isEqualTo(0.6612);
        assertThat(score.oneYearProbability()).isEqualTo(0.26962);
        assertThat(score.twoYearProbability()).isEqualTo(0.43108);
        assertThat(score.oneYearPercent()).isEqualTo(27);
        assertThat(score.twoYearPercent()).isEqualTo(43);
        assertThat(score.band()).isEqualTo(Band.LOW);
        assertThat(score.version()).isEqualTo("OGRS3");
    }

    @Test
    void aFirstSanctionUsesTheFirstConvictionStatusAndTheWomensAgeBand_ogrs3AgeSex() {
        Ogrs3Score score = Ogrs3.calculate(new Ogrs3Inputs(Sex.FEMALE, LocalDate.of(2007, 6, 1), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 7, 1), 14, 1, OffenceCategory.BURGLARY_DOMESTIC));

        assertThat(score.factors().ageSex()).isEqualTo(-0.8975);
        assertThat(score.factors().convictionStatus()).isEqualTo(0.12614);
        assertThat(score.oneYearPercent()).isEqualTo(6);
        assertThat(score.twoYearPercent()).isEqualTo(11);
    }

    @Test
    void aLongRecordGivesAVeryHighBand_ogrs3Bands() {
        Ogrs3Score score = Ogrs3.calculate(new Ogrs3Inputs(Sex.MALE, LocalDate.of(2004, 3, 1), LocalDate.of(2025, 6, 1),
                LocalDate.of(2026, 6, 1), 12, 30, OffenceCategory.ABSCONDING_BAIL));

        assertThat(score.oneYearPercent()).isEqualTo(89);
        assertThat(score.twoYearPercent()).isEqualTo(94);
        assertThat(score.band()).isEqualTo(Band.VERY_HIGH);
    }

    @Test
    void bandsFollowTheTwoYearPercent_ogrs3Bands() {
        assertThat(Band.ofTwoYearPercent(49)).isEqualTo(Band.LOW);
        assertThat(Band.ofTwoYearPercent(50)).isEqualTo(Band.MEDIUM);
        assertThat(Band.ofTwoYearPercent(74)).isEqualTo(Band.MEDIUM);
        assertThat(Band.ofTwoYearPercent(75)).isEqualTo(Band.HIGH);
        assertThat(Band.ofTwoYearPercent(89)).isEqualTo(Band.HIGH);
        assertThat(Band.ofTwoYearPercent(90)).isEqualTo(Band.VERY_HIGH);
    }

    @Test
    void agesAreWholeYearsBetweenTheDates_ogrs3Inputs() {
        assertThat(Ogrs3.age(LocalDate.of(2000, 3, 1), LocalDate.of(2010, 2, 28))).isEqualTo(9);
        assertThat(Ogrs3.age(LocalDate.of(2000, 3, 1), LocalDate.of(2010, 3, 1))).isEqualTo(10);
        assertThat(Ogrs3.ageSex(50, Sex.FEMALE)).isEqualTo(-2.4498);
        assertThat(Ogrs3.ageSex(10, Sex.FEMALE)).isEqualTo(0.785);
    }

    @Test
    void theInputsOgrs3RejectAreRefusedNamingTheField_ogrs3Inputs() {
        LocalDate dob = LocalDate.of(1990, 1, 1);
        assertField(new Ogrs3Inputs(Sex.MALE, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
                5, 1, OffenceCategory.ROBBERY), "dateOfCurrentConviction");
        assertField(new Ogrs3Inputs(Sex.MALE, dob, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), 37, 2,
                OffenceCategory.ROBBERY), "ageAtFirstSanction");
        assertField(new Ogrs3Inputs(Sex.MALE, dob, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), 18, 0,
                OffenceCategory.ROBBERY), "totalSanctions");
        assertField(new Ogrs3Inputs(Sex.MALE, LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
                18, 1, OffenceCategory.ROBBERY), "dateOfBirth");
    }

    @Test
    void anOffenceCodeMapsToItsCategoryOrIsRefused_ogrs3OffenceCategory() {
        assertThat(OffenceResolution.byCode("00101")).isEqualTo(OffenceCategory.VIOLENCE_AGAINST_THE_PERSON);
        assertThatThrownBy(() -> OffenceResolution.byCode("00000")).isInstanceOf(InvalidField.class)
                .hasMessageContaining("no OGRS3 mapping");
        assertThatThrownBy(() -> OffenceResolution.byCode("08800")).isInstanceOf(InvalidField.class)
                .hasMessageContaining("more specific code");
        assertThatThrownBy(() -> OffenceResolution.byCode("99999")).isInstanceOf(InvalidField.class);
    }

    private static void assertField(Ogrs3Inputs inputs, String field) {
        assertThatThrownBy(() -> Ogrs3.calculate(inputs)).isInstanceOf(InvalidField.class)
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo(field));
    }
}
