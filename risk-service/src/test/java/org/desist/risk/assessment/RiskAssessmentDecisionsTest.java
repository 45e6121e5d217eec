package org.desist.risk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.http.RuleViolated;
import org.desist.risk.assessment.AssessmentEvent.OverrideCountersigned;
import org.desist.risk.assessment.AssessmentEvent.OverrideLapsed;
import org.desist.risk.assessment.AssessmentEvent.OverrideRecorded;
import org.desist.risk.assessment.AssessmentEvent.ReviewDue;
import org.desist.risk.assessment.AssessmentEvent.RoshAssessed;
import org.desist.risk.assessment.AssessmentEvent.RoshAssessmentLapsed;
import org.desist.risk.assessment.AssessmentEvent.RoshCountersigned;
import org.desist.risk.assessment.AssessmentEvent.TierCalculationChanged;
import org.desist.risk.assessment.AssessmentEvent.TierInForceChanged;
import org.desist.risk.tier.RoshLevel;
import org.desist.risk.tier.TierCalculation;
import org.desist.risk.tier.TierInputs;
import org.junit.jupiter.api.Test;

/**
 * Given a person's risk events, when a judgement or a recalculation arrives, then the events it records or the rule
 * that refuses it — RiskAssessment's decisions without Quarkus (000_c72660e7df92b92e.txt 8.3, 8.5; shared/facts/TIER.md).
 */
class RiskAssessmentDecisionsTest {

    private static final String CRN = "X123456";
    private static final TierCalculation D2 = calculation(Optional.empty(), Optional.empty(), Optional.empty());
    private static final TierCalculation C2 = calculation(Optional.of(RoshLevel.MEDIUM), Optional.empty(), Optional.empty());
    private static final TierCalculation A2 = calculation(Optional.empty(), Optional.of(2), Optional.empty());

    private static TierCalculation calculation(Optional<RoshLevel> rosh, Optional<Integer> mappa, Optional<BigDecimal> rsr) {
        return TierCalculation.of(new TierInputs(rosh, rsr, mappa, Set.of(), false, 0, Map.of(), Optional.empty(), false,
                true, false));
    }

    private static RiskAssessment given(AssessmentEvent... events) {
        return RiskAssessment.INITIAL.then(Arrays.asList(events));
    }

    private static TierCalculationChanged calculated(TierCalculation calculation, Optional<String> previous) {
        return new TierCalculationChanged(CRN, calculation.tier(), previous, calculation);
    }

    private static TierInForceChanged inForce(String tier) {
        return new TierInForceChanged(CRN, tier, Optional.empty(), tier, Optional.empty());
    }

    private static OverrideRecorded override(UUID id, String calculated, String overriding) {
        return new OverrideRecorded(CRN, id, CalculatedLevel.TIER, calculated, overriding, "threats not yet assessed",
                "officer");
    }

    private static AssessmentRequests.AssessRosh rosh(RoshLevel level) {
        return new AssessmentRequests.AssessRosh(Map.of(RiskGroup.PUBLIC, RoshLevel.LOW, RiskGroup.KNOWN_ADULT, level),
                "violence", "former partner", "when drinking", "sobriety", "two convictions", "escalating");
    }

    private static RoshAssessed assessed(UUID id, RoshLevel level, boolean effective) {
        return new RoshAssessed(CRN, id, Map.of(RiskGroup.KNOWN_ADULT, level), level, "violence", "former partner",
                "when drinking", "sobriety", "two convictions", "escalating", "officer", effective);
    }

    // --- the tier in force, and overrides of it

    @Test
    void overrideCountersignedOnlyWhileTheCalculationItOverrodeIsCurrent_000_8_3() {
        UUID id = UuidV7.next();
        RiskAssessment state = given(calculated(D2, Optional.empty()), inForce("D2"), override(id, "D2", "B2"));

        List<AssessmentEvent> recalculated = state.recalculated(CRN, A2);

        assertThat(recalculated).containsExactly(calculated(A2, Optional.of("D2")),
                new OverrideLapsed(CRN, id, CalculatedLevel.TIER, "D2", "A2"),
                new TierInForceChanged(CRN, "A2", Optional.of("D2"), "A2", Optional.empty()));
        assertThatThrownBy(() -> state.then(recalculated).countersignOverride(id, Optional.empty(), "senior", "agreed"))
                .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.rule()).isEqualTo("override-superseded"));
    }

    @Test
    void anOverrideSupersededByARecalculationStaysSupersededWhenTheTierComesBack_000_8_3() {
        UUID id = UuidV7.next();
        RiskAssessment state = given(calculated(D2, Optional.empty()), inForce("D2"), override(id, "D2", "B2"),
                calculated(A2, Optional.of("D2")), new OverrideLapsed(CRN, id, CalculatedLevel.TIER, "D2", "A2"),
                calculated(D2, Optional.of("A2")));

        assertThatThrownBy(() -> state.countersignOverride(id, Optional.empty(), "senior", "agreed"))
                .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.rule()).isEqualTo("override-superseded"));
    }

    @Test
    void aCountersignedOverrideOfTheCurrentCalculationIsPublishedAsTheTierInForce_000_8_5() {
        UUID id = UuidV7.next();
        RiskAssessment state = given(calculated(D2, Optional.empty()), inForce("D2"), override(id, "D2", "B2"));

        List<AssessmentEvent> countersigned = state.countersignOverride(id, Optional.empty(), "senior", "agreed");
        assertThat(countersigned).containsExactly(new OverrideCountersigned(CRN, id, CalculatedLevel.TIER, "B2", "D2",
                "agreed"));

        assertThat(state.then(countersigned).recalculated(CRN, D2))
                .containsExactly(new TierInForceChanged(CRN, "B2", Optional.of("D2"), "D2", Optional.of(id)));
    }

    @Test
    void theOfficerWhoMadeAnOverrideMayNotCountersignIt_000_8_5() {
        UUID id = UuidV7.next();
        RiskAssessment state = given(calculated(D2, Optional.empty()), override(id, "D2", "B2"));

        assertThatThrownBy(() -> state.countersignOverride(id, Optional.empty(), "officer", "mine"))
                .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.rule()).isEqualTo("countersigned-by-assessor"));
    }

    @Test
    void anOgrs3BandOverrideIsSupersededOnceTheBandIsScoredDifferently_000_8_3() {
        UUID id = UuidV7.next();
        RiskAssessment state = given(new OverrideRecorded(CRN, id, CalculatedLevel.OGRS3_BAND, "LOW", "HIGH", "x",
                "officer"));

        assertThatThrownBy(() -> state.countersignOverride(id, Optional.of("MEDIUM"), "senior", "agreed"))
                .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.rule()).isEqualTo("override-superseded"));
        assertThat(state.countersignOverride(id, Optional.of("LOW"), "senior", "agreed")).hasSize(1);
    }

    @Test
    void aRecalculationThatMovesTheTierEndsTheOverrideInForceForGood_000_8_3() {
        UUID id = UuidV7.next();
        RiskAssessment state = given(calculated(D2, Optional.empty()), inForce("D2"), override(id, "D2", "B2"),
                new OverrideCountersigned(CRN, id, CalculatedLevel.TIER, "B2", "D2", "agreed"),
                new TierInForceChanged(CRN, "B2", Optional.of("D2"), "D2", Optional.of(id)));

        List<AssessmentEvent> toC2 = state.recalculated(CRN, C2);
        assertThat(toC2).containsExactly(calculated(C2, Optional.of("D2")),
                new TierInForceChanged(CRN, "C2", Optional.of("B2"), "C2", Optional.empty()));

        RiskAssessment atC2 = state.then(toC2);
        assertThat(atC2.recalculated(CRN, D2)).containsExactly(calculated(D2, Optional.of("C2")),
                new TierInForceChanged(CRN, "D2", Optional.of("C2"), "D2", Optional.empty()));
    }

    @Test
    void aStreamThatNeverPublishedTheTierInForcePublishesItOnItsNextRecalculation_tier() {
        RiskAssessment state = given(calculated(D2, Optional.empty()));

        assertThat(state.recalculated(CRN, D2)).containsExactly(inForce("D2"));
    }

    // --- the tier explained

    @Test
    void aChangeOfInputsThatLeavesTheTierUnchangedIsStillRecorded_tier() {
        TierCalculation lowRsr = calculation(Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("1.5")));
        TierCalculation otherRsr = calculation(Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("2.5")));
        RiskAssessment state = given(calculated(lowRsr, Optional.empty()), inForce("D2"));

        assertThat(state.recalculated(CRN, otherRsr)).containsExactly(calculated(otherRsr, Optional.of("D2")));
        assertThat(state.recalculated(CRN, calculation(Optional.empty(), Optional.empty(),
                Optional.of(new BigDecimal("1.50"))))).as("the same RSR at another scale").isEmpty();
    }

    @Test
    void theExplanationNamesEachInputThatScoredAndTheLevels_tier() {
        assertThat(calculation(Optional.of(RoshLevel.HIGH), Optional.of(1), Optional.of(new BigDecimal("4.2"))).explanation())
                .contains("RSR 4.2%: 10 points", "risk of serious harm HIGH: 20 points", "MAPPA level 1: 5 points",
                        "protect points 25: level B (A at 150 or more, B 20-149, C 10-19, D below 10)",
                        "no valid assessment: level 2", "tier B2");
    }

    // --- risk of serious harm

    @Test
    void aNewerRoshAssessmentLapsesOneAwaitingCountersignature_000_8_3() {
        UUID older = UuidV7.next();
        UUID newer = UuidV7.next();
        RiskAssessment state = given(assessed(older, RoshLevel.HIGH, false));

        List<AssessmentEvent> events = state.assessRosh(CRN, newer, rosh(RoshLevel.VERY_HIGH), "officer");

        assertThat(events).hasSize(2);
        assertThat(events.getFirst()).isInstanceOfSatisfying(RoshAssessed.class, a -> {
            assertThat(a.assessmentId()).isEqualTo(newer);
            assertThat(a.effective()).isFalse();
        });
        assertThat(events.get(1)).isEqualTo(new RoshAssessmentLapsed(CRN, older, RoshLevel.HIGH, newer));
    }

    @Test
    void countersigningAppliesOnlyTheLatestAssessment_000_8_5() {
        UUID older = UuidV7.next();
        UUID newer = UuidV7.next();
        RiskAssessment state = given(assessed(older, RoshLevel.HIGH, false), assessed(newer, RoshLevel.VERY_HIGH, false),
                new RoshAssessmentLapsed(CRN, older, RoshLevel.HIGH, newer));

        assertThatThrownBy(() -> state.countersign(older, "senior", "agreed"))
                .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.rule()).isEqualTo("rosh-assessment-lapsed"));
        List<AssessmentEvent> countersigned = state.countersign(newer, "senior", "agreed");
        assertThat(countersigned).containsExactly(new RoshCountersigned(CRN, newer, RoshLevel.VERY_HIGH, "agreed"));
        assertThat(state.then(countersigned).effectiveRosh()).contains(RoshLevel.VERY_HIGH);
    }

    @Test
    void loweringHighRoshNeedsSecondSenior_000_8_5() {
        UUID high = UuidV7.next();
        UUID lower = UuidV7.next();
        RiskAssessment state = given(assessed(high, RoshLevel.HIGH, false),
                new RoshCountersigned(CRN, high, RoshLevel.HIGH, "agreed"));

        List<AssessmentEvent> lowered = state.assessRosh(CRN, lower, rosh(RoshLevel.MEDIUM), "senior");
        assertThat(lowered).singleElement().isInstanceOfSatisfying(RoshAssessed.class,
                a -> assertThat(a.effective()).as("lowering waits for a second senior officer").isFalse());
        RiskAssessment pending = state.then(lowered);
        assertThat(pending.effectiveRosh()).contains(RoshLevel.HIGH);

        assertThatThrownBy(() -> pending.countersign(lower, "senior", "mine"))
                .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.rule()).isEqualTo("countersigned-by-assessor"));
        assertThat(pending.then(pending.countersign(lower, "senior-2", "agreed: risk reduced")).effectiveRosh())
                .contains(RoshLevel.MEDIUM);
    }

    @Test
    void aLowOrMediumLevelWithNoHighLevelInEffectTakesEffectAtOnce_000_8_5() {
        assertThat(RiskAssessment.INITIAL.assessRosh(CRN, UuidV7.next(), rosh(RoshLevel.MEDIUM), "officer"))
                .singleElement().isInstanceOfSatisfying(RoshAssessed.class, a -> assertThat(a.effective()).isTrue());
    }

    @Test
    void raisingAnEffectiveHighLevelStillNeedsCountersignatureAndLoweringVeryHighToHighToo_000_8_5() {
        UUID veryHigh = UuidV7.next();
        RiskAssessment state = given(assessed(veryHigh, RoshLevel.VERY_HIGH, false),
                new RoshCountersigned(CRN, veryHigh, RoshLevel.VERY_HIGH, "agreed"));
        assertThat(state.needsCountersignature(RoshLevel.HIGH)).isTrue();
        assertThat(state.needsCountersignature(RoshLevel.LOW)).isTrue();
        assertThat(RiskAssessment.INITIAL.needsCountersignature(RoshLevel.LOW)).isFalse();
    }

    // --- reviews

    private static final ReviewRules RULES = new ReviewRules() {
        public int highRoshWeeks() { return 16; }
        public Set<String> frequentProtectLevels() { return Set.of("A", "B"); }
        public int otherWeeks() { return 26; }
        public int failedAppointmentsThreshold() { return 3; }
    };

    @Test
    void theReviewIntervalFollowsTheTierInForceAsWellAsRosh_tierReviews() {
        LocalDate today = LocalDate.of(2026, 11, 1);
        RiskAssessment tierA = given(calculated(A2, Optional.empty()), inForce("A2"));
        RiskAssessment tierD = given(calculated(D2, Optional.empty()), inForce("D2"));

        assertThat(tierA.scheduleReview(CRN, UuidV7.next(), today, RULES)).singleElement()
                .isInstanceOfSatisfying(ReviewDue.class, due -> assertThat(due.dueBy()).isEqualTo(today.plusWeeks(16)));
        assertThat(tierD.scheduleReview(CRN, UuidV7.next(), today, RULES)).singleElement()
                .isInstanceOfSatisfying(ReviewDue.class, due -> assertThat(due.dueBy()).isEqualTo(today.plusWeeks(26)));
    }

    @Test
    void aTierOverriddenUpToBReviewsMoreOften_tierReviews() {
        UUID id = UuidV7.next();
        LocalDate today = LocalDate.of(2026, 11, 1);
        RiskAssessment overridden = given(calculated(D2, Optional.empty()), override(id, "D2", "B2"),
                new OverrideCountersigned(CRN, id, CalculatedLevel.TIER, "B2", "D2", "agreed"));

        assertThat(overridden.scheduleReview(CRN, UuidV7.next(), today, RULES)).singleElement()
                .isInstanceOfSatisfying(ReviewDue.class, due -> assertThat(due.dueBy()).isEqualTo(today.plusWeeks(16)));
    }

    @Test
    void theFailedAppointmentTriggerFiresEachTimeTheThresholdIsCrossedAgain_reviews() {
        LocalDate today = LocalDate.of(2026, 11, 1);
        Instant first = Instant.parse("2026-10-01T10:00:00Z");
        List<Instant> three = List.of(first, first.plusSeconds(86_400), first.plusSeconds(2 * 86_400));
        assertThat(RiskAssessment.INITIAL.failuresReviewDue(CRN, UuidV7.next(), three.subList(0, 2), 3, today)).isEmpty();

        List<AssessmentEvent> due = RiskAssessment.INITIAL.failuresReviewDue(CRN, UuidV7.next(), three, 3, today);
        assertThat(due).singleElement().isInstanceOfSatisfying(ReviewDue.class,
                d -> assertThat(d.failuresUpTo()).contains(three.getLast()));

        RiskAssessment afterFirstTrigger = RiskAssessment.INITIAL.then(due);
        List<Instant> five = List.of(three.get(0), three.get(1), three.get(2), first.plusSeconds(3 * 86_400),
                first.plusSeconds(4 * 86_400));
        assertThat(afterFirstTrigger.failuresReviewDue(CRN, UuidV7.next(), five, 3, today)).isEmpty();
        List<Instant> six = new java.util.ArrayList<>(five);
        six.add(first.plusSeconds(5 * 86_400));
        assertThat(afterFirstTrigger.failuresReviewDue(CRN, UuidV7.next(), six, 3, today)).singleElement()
                .isInstanceOfSatisfying(ReviewDue.class, d -> {
                    assertThat(d.failuresUpTo()).contains(six.getLast());
                    assertThat(d.reason()).startsWith("3 failed appointments since the last review they made due");
                });
    }
}
