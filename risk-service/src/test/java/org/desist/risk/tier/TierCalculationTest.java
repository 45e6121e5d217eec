package org.desist.risk.tier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.desist.reference.RegistrationType;
import org.junit.jupiter.api.Test;

/** The tier rules of shared/facts/TIER.md, one test each. */
class TierCalculationTest {

    private static TierInputs inputs(Optional<RoshLevel> rosh, Optional<BigDecimal> rsr, Optional<Integer> mappa,
            Set<RegistrationType> registrations, Map<Need, Need.Severity> needs, Optional<Integer> ogrs, boolean iom) {
        return new TierInputs(rosh, rsr, mappa, registrations, false, 0, needs, ogrs, iom, true, true);
    }

    @Test
    void onlyTheLargerOfRsrAndRoshCounts_tierProtectLevel() {
        TierCalculation tier = TierCalculation.of(inputs(Optional.of(RoshLevel.MEDIUM), Optional.of(new BigDecimal("7.00")),
                Optional.empty(), Set.of(), Map.of(), Optional.empty(), false));
        assertThat(tier.protectPoints()).isEqualTo(20);
        assertThat(tier.protectLevel()).isEqualTo('B');
    }

    @Test
    void veryHighRoshOrMappaTwoMakesProtectLevelA_tierProtectLevel() {
        assertThat(TierCalculation.of(inputs(Optional.of(RoshLevel.VERY_HIGH), Optional.empty(), Optional.empty(), Set.of(),
                Map.of(), Optional.empty(), false)).protectLevel()).isEqualTo('A');
        assertThat(TierCalculation.of(inputs(Optional.of(RoshLevel.LOW), Optional.empty(), Optional.of(2), Set.of(),
                Map.of(), Optional.empty(), false)).protectLevel()).isEqualTo('A');
        assertThat(TierCalculation.of(inputs(Optional.of(RoshLevel.LOW), Optional.empty(), Optional.of(1), Set.of(),
                Map.of(), Optional.empty(), false)).protectPoints()).isEqualTo(5);
    }

    @Test
    void complexityFactorsAndWomensFactorsAddTwoEach_tierProtectLevel() {
        TierInputs woman = new TierInputs(Optional.of(RoshLevel.LOW), Optional.of(new BigDecimal("2.5")), Optional.empty(),
                Set.of(RegistrationType.MENTAL_HEALTH, RegistrationType.SELF_HARM, RegistrationType.DOMESTIC_ABUSE), true, 2,
                Map.of(), Optional.empty(), false, true, true);
        TierCalculation tier = TierCalculation.of(woman);
        assertThat(tier.protectPoints()).isEqualTo(8); // two complexity factors and two women's factors; DA adds none
        assertThat(tier.protectLevel()).isEqualTo('D');
    }

    @Test
    void protectLevelBoundaries_tierProtectLevel() {
        assertThat(TierCalculation.of(inputs(Optional.of(RoshLevel.MEDIUM), Optional.empty(), Optional.empty(), Set.of(),
                Map.of(), Optional.empty(), false)).protectLevel()).isEqualTo('C');
        assertThat(TierCalculation.of(inputs(Optional.of(RoshLevel.HIGH), Optional.empty(), Optional.empty(), Set.of(),
                Map.of(), Optional.empty(), false)).protectLevel()).isEqualTo('B');
    }

    @Test
    void needsOgrsAndIomMakeTheChangeLevel_tierChangeLevel() {
        TierCalculation tier = TierCalculation.of(inputs(Optional.of(RoshLevel.LOW), Optional.empty(), Optional.empty(),
                Set.of(), Map.of(Need.THINKING_AND_BEHAVIOUR, Need.Severity.SEVERE, Need.ATTITUDES, Need.Severity.STANDARD,
                        Need.DRUGS, Need.Severity.SEVERE, Need.FINANCE, Need.Severity.SEVERE),
                Optional.of(59), true));
        assertThat(tier.changePoints()).isEqualTo(4 + 2 + 2 + 0 + 5 + 2);
        assertThat(tier.changeLevel()).isEqualTo(2);
        assertThat(tier.tier()).isEqualTo("D2");
    }

    @Test
    void noMandateForChangeIsZeroAndNoValidAssessmentIsTwo_tierChangeLevel() {
        TierInputs noMandate = new TierInputs(Optional.of(RoshLevel.LOW), Optional.empty(), Optional.empty(), Set.of(), false,
                0, Map.of(Need.ATTITUDES, Need.Severity.SEVERE), Optional.of(99), true, false, true);
        TierInputs noAssessment = new TierInputs(Optional.of(RoshLevel.LOW), Optional.empty(), Optional.empty(), Set.of(),
                false, 0, Map.of(), Optional.of(99), true, true, false);
        assertThat(TierCalculation.of(noMandate).changeLevel()).isZero();
        assertThat(TierCalculation.of(noAssessment).changeLevel()).isEqualTo(2);
        assertThat(TierCalculation.of(noAssessment).tier()).isEqualTo("D2");
    }

    @Test
    void twentyChangePointsMakeLevelThree_tierChangeLevel() {
        TierCalculation tier = TierCalculation.of(inputs(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(),
                Map.of(Need.THINKING_AND_BEHAVIOUR, Need.Severity.SEVERE, Need.ATTITUDES, Need.Severity.SEVERE,
                        Need.ACCOMMODATION, Need.Severity.SEVERE, Need.LIFESTYLE, Need.Severity.SEVERE),
                Optional.of(80), false));
        assertThat(tier.changePoints()).isEqualTo(20);
        assertThat(tier.tier()).isEqualTo("D3");
    }
}
