package org.desist.cases.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.plan.PlanEvent.ObjectiveProgress;
import org.desist.cases.plan.PlanEvent.ObjectiveSet;
import org.desist.cases.plan.PlanEvent.ObjectiveStatus;
import org.desist.cases.plan.PlanEvent.PlanReviewed;
import org.desist.cases.plan.PlanEvent.ReferralMade;
import org.desist.cases.plan.PlanEvent.ReferralOutcome;
import org.desist.cases.plan.PlanEvent.ReferralOutcomeRecorded;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a sentence plan's events, when a referral, its outcome or a review comes, then these events or the refusal. */
class SentencePlanDecisionsTest {

    private static final LocalDate REVIEWED = LocalDate.of(2026, 6, 1);

    private static SentencePlan given(PlanEvent... events) {
        return SentencePlan.AGGREGATE.fold(List.of(events));
    }

    private static ObjectiveSet objective() {
        return new ObjectiveSet(UUID.randomUUID(), Need.ACCOMMODATION, "settled address", Optional.empty());
    }

    @Test
    void aReferralToAPartnerAgencyServesAnObjectiveOfThePlan_000_4_2() {
        ObjectiveSet objective = objective();
        UUID referral = UUID.randomUUID();

        assertThat(given(objective).makeReferral(new PlanRequests.MakeReferral(Optional.of(objective.objectiveId()),
                " housing-1 ", " tenancy support ", " no fixed abode "), referral)).containsExactly(new ReferralMade(
                        referral, Optional.of(objective.objectiveId()), "housing-1", "tenancy support", "no fixed abode"));
        assertThat(given().makeReferral(new PlanRequests.MakeReferral(Optional.empty(), "a", "s", "r"), referral))
                .hasSize(1);
        assertThatThrownBy(() -> given(objective).makeReferral(new PlanRequests.MakeReferral(
                Optional.of(UUID.randomUUID()), "a", "s", "r"), referral)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "objectiveId");
    }

    @Test
    void thePartnerAgencyAReferralWasMadeToRecordsItsOutcome_andNoOtherAgency_000_4_2() {
        ReferralMade made = new ReferralMade(UUID.randomUUID(), Optional.empty(), "housing-1", "tenancy", "no home");
        PlanRequests.RecordReferralOutcome accepted = new PlanRequests.RecordReferralOutcome(ReferralOutcome.ACCEPTED,
                "tenancy offered");

        assertThat(given(made).recordReferralOutcome(made.referralId(), accepted, Optional.of("housing-1"))).hasSize(1);
        assertThatThrownBy(() -> given(made).recordReferralOutcome(made.referralId(), accepted, Optional.of("police-1")))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aReferralHasOneOutcome() {
        ReferralMade made = new ReferralMade(UUID.randomUUID(), Optional.empty(), "a", "s", "r");
        PlanRequests.RecordReferralOutcome accepted = new PlanRequests.RecordReferralOutcome(ReferralOutcome.ACCEPTED,
                " keyworker assigned ");

        List<PlanEvent> events = given(made).recordReferralOutcome(made.referralId(), accepted, Optional.empty());

        assertThat(events).containsExactly(new ReferralOutcomeRecorded(made.referralId(), ReferralOutcome.ACCEPTED,
                "keyworker assigned"));
        assertThatThrownBy(() -> given(made, events.getFirst()).recordReferralOutcome(made.referralId(), accepted, Optional.empty()))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "referral-outcome-recorded");
        assertThatThrownBy(() -> given().recordReferralOutcome(made.referralId(), accepted, Optional.empty()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aReviewRecordsProgressOnThePlansObjectivesAndThePersonsOwnView_000_3_4() {
        ObjectiveSet objective = objective();
        UUID review = UUID.randomUUID();

        List<PlanEvent> events = given(objective).review(new PlanRequests.ReviewPlan(REVIEWED, List.of(
                new PlanRequests.Progress(objective.objectiveId(), ObjectiveStatus.IN_PROGRESS)), " bidding for a flat ",
                " I want to be near my daughter "), review);

        assertThat(events).containsExactly(new PlanReviewed(review, REVIEWED, List.of(new ObjectiveProgress(
                objective.objectiveId(), ObjectiveStatus.IN_PROGRESS)), "bidding for a flat",
                "I want to be near my daughter"));
        SentencePlan reviewed = given(objective, events.getFirst());
        assertThat(reviewed.objectives().get(objective.objectiveId()).status()).isEqualTo(ObjectiveStatus.IN_PROGRESS);
        assertThat(reviewed.reviews()).hasSize(1);
    }

    @Test
    void aReviewOfAnObjectiveNotInThePlanIsRefusedNamingIt() {
        ObjectiveSet objective = objective();

        assertThatThrownBy(() -> given(objective).review(new PlanRequests.ReviewPlan(REVIEWED, List.of(
                new PlanRequests.Progress(objective.objectiveId(), ObjectiveStatus.ACHIEVED),
                new PlanRequests.Progress(UUID.randomUUID(), ObjectiveStatus.ACHIEVED)), "s", "v"), UUID.randomUUID()))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "progress[1].objectiveId");
    }
}
