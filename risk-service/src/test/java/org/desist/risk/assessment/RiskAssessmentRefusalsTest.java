package org.desist.risk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.desist.reference.RegistrationType;
import org.desist.risk.assessment.AssessmentEvent.OverrideRecorded;
import org.desist.risk.assessment.AssessmentEvent.RegistrationAdded;
import org.desist.risk.assessment.AssessmentEvent.RegistrationRemoved;
import org.desist.risk.assessment.AssessmentEvent.RegistrationReviewed;
import org.desist.risk.assessment.AssessmentEvent.ReviewCompleted;
import org.desist.risk.assessment.AssessmentEvent.ReviewDue;
import org.desist.risk.assessment.AssessmentEvent.TierCalculationChanged;
import org.desist.risk.tier.TierCalculation;
import org.desist.risk.tier.TierInputs;
import org.junit.jupiter.api.Test;

/**
 * The rest of RiskAssessment's decisions, beside RiskAssessmentDecisionsTest: what an override must be, the
 * registrations risk-service keeps, and when a scheduled review is (not) due.
 */
class RiskAssessmentRefusalsTest {

    private static final String CRN = "X123456";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private static final TierCalculation D2 = TierCalculation.of(new TierInputs(Optional.empty(), Optional.empty(),
            Optional.empty(), Set.of(), false, 0, Map.of(), Optional.empty(), false, true, false));
    private static final ReviewRules RULES = new ReviewRules() {
        public int highRoshWeeks() { return 16; }
        public Set<String> frequentProtectLevels() { return Set.of("A", "B"); }
        public int otherWeeks() { return 26; }
        public int failedAppointmentsThreshold() { return 3; }
    };

    private static RiskAssessment given(AssessmentEvent... events) {
        return RiskAssessment.INITIAL.then(Arrays.asList(events));
    }

    private static TierCalculationChanged calculatedD2() {
        return new TierCalculationChanged(CRN, D2.tier(), Optional.empty(), D2);
    }

    // --- overrides (000 8.3, 8.5)

    @Test
    void nothingIsOverriddenBeforeItIsCalculated_000_8_3() {
        assertThatThrownBy(() -> given().override(CRN, UuidV7.next(), CalculatedLevel.TIER, Optional.empty(), "B2",
                "threats", "officer")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "nothing-calculated");
    }

    @Test
    void anOverrideDiffersFromTheCalculationAndIsALevelThereIs_000_8_3() {
        RiskAssessment state = given(calculatedD2());
        Optional<String> calculated = state.calculated(CalculatedLevel.TIER, Optional.empty());

        assertThatThrownBy(() -> state.override(CRN, UuidV7.next(), CalculatedLevel.TIER, calculated, "D2", "x",
                "officer")).isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "value");
        assertThatThrownBy(() -> state.override(CRN, UuidV7.next(), CalculatedLevel.TIER, calculated, "E9", "x",
                "officer")).isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "value");
        assertThatThrownBy(() -> state.override(CRN, UuidV7.next(), CalculatedLevel.OGRS3_BAND, Optional.of("LOW"),
                "EXTREME", "x", "officer")).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "value");
    }

    @Test
    void anOverrideRecordsTheCalculationItWasWeighedAgainstWithItsRationale_000_8_3() {
        RiskAssessment state = given(calculatedD2());
        UUID id = UuidV7.next();

        assertThat(state.override(CRN, id, CalculatedLevel.TIER, state.calculated(CalculatedLevel.TIER,
                Optional.empty()), "B2", "threats to a former partner", "officer")).containsExactly(new OverrideRecorded(
                        CRN, id, CalculatedLevel.TIER, "D2", "B2", "threats to a former partner", "officer"));
    }

    @Test
    void theOgrs3BandIsCalculatedAsTheCallerScoredIt() {
        assertThat(given().calculated(CalculatedLevel.OGRS3_BAND, Optional.of("HIGH"))).contains("HIGH");
        assertThat(given(calculatedD2()).calculated(CalculatedLevel.TIER, Optional.of("HIGH"))).contains("D2");
    }

    @Test
    void anOverrideNotAwaitingCountersignatureIsNotFound_000_8_5() {
        assertThatThrownBy(() -> given(calculatedD2()).countersignOverride(UuidV7.next(), Optional.empty(), "senior",
                "x")).isInstanceOf(NotFound.class);
    }

    // --- registrations risk-service weighs in the tier

    @Test
    void onlyARegistrationInForceIsReviewedOrRemoved() {
        UUID id = UuidV7.next();
        RegistrationAdded added = new RegistrationAdded(id, RegistrationType.DOMESTIC_ABUSE, Optional.empty(),
                Optional.empty(), TODAY.plusMonths(3), "x", Optional.empty());

        assertThat(given(added).reviewRegistration(id, TODAY.plusMonths(6), "still")).containsExactly(
                new RegistrationReviewed(id, TODAY.plusMonths(6), "still"));
        assertThat(given(added).removeRegistration(id, "ended")).containsExactly(new RegistrationRemoved(id, "ended"));
        RiskAssessment removed = given(added, new RegistrationRemoved(id, "ended"));
        assertThatThrownBy(() -> removed.reviewRegistration(id, TODAY, "x")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> removed.removeRegistration(id, "x")).isInstanceOf(NotFound.class);
    }

    // --- scheduled reviews

    @Test
    void aScheduledReviewRunsFromTheLastReviewCompleted_tierReviews() {
        LocalDate reviewed = TODAY.minusWeeks(4);
        RiskAssessment state = given(calculatedD2(), new ReviewCompleted(CRN, UuidV7.next(), reviewed, "done"));

        assertThat(state.scheduleReview(CRN, UuidV7.next(), TODAY, RULES)).singleElement()
                .isInstanceOfSatisfying(ReviewDue.class, due -> assertThat(due.dueBy()).isEqualTo(reviewed.plusWeeks(26)));
    }

    @Test
    void noScheduledReviewWhenOneIsAlreadyDueAsSoon_tierReviews() {
        RiskAssessment state = given(calculatedD2(), new ReviewDue(CRN, UuidV7.next(), TODAY.plusWeeks(2), "failures",
                Optional.empty()));

        assertThat(state.scheduleReview(CRN, UuidV7.next(), TODAY, RULES)).isEmpty();
    }

    @Test
    void aReviewDueLaterThanTheScheduleIsBroughtForward_tierReviews() {
        RiskAssessment state = given(calculatedD2(), new ReviewDue(CRN, UuidV7.next(), TODAY.plusWeeks(40), "old",
                Optional.empty()));

        assertThat(state.scheduleReview(CRN, UuidV7.next(), TODAY, RULES)).singleElement()
                .isInstanceOfSatisfying(ReviewDue.class, due -> assertThat(due.dueBy()).isEqualTo(TODAY.plusWeeks(26)));
    }
}
