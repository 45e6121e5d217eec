package org.desist.cases.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.plan.PlanEvent.ObjectiveProgress;
import org.desist.cases.plan.PlanEvent.ObjectiveSet;
import org.desist.cases.plan.PlanEvent.ObjectiveStatus;
import org.desist.cases.plan.PlanEvent.PlanReviewed;
import org.desist.cases.plan.PlanEvent.ReferralMade;
import org.desist.cases.plan.PlanEvent.ReferralOutcomeRecorded;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;

/** A person's sentence plan as it stands. */
public record SentencePlan(Map<UUID, Objective> objectives, Map<UUID, Referral> referrals, List<PlanReviewed> reviews) {

    public record Objective(ObjectiveSet set, ObjectiveStatus status) {
    }

    public record Referral(ReferralMade made, Optional<ReferralOutcomeRecorded> outcome) {
    }

    public static final Aggregate<SentencePlan, PlanEvent> AGGREGATE = new Aggregate<>(PlanEvent.class,
            new SentencePlan(Map.of(), Map.of(), List.of()), SentencePlan::evolve);

    static SentencePlan evolve(SentencePlan plan, PlanEvent event) {
        Map<UUID, Objective> objectives = new LinkedHashMap<>(plan.objectives());
        Map<UUID, Referral> referrals = new LinkedHashMap<>(plan.referrals());
        List<PlanReviewed> reviews = plan.reviews();
        switch (event) {
            case ObjectiveSet set -> objectives.put(set.objectiveId(), new Objective(set, ObjectiveStatus.NOT_STARTED));
            case ReferralMade made -> referrals.put(made.referralId(), new Referral(made, Optional.empty()));
            case ReferralOutcomeRecorded outcome -> referrals.computeIfPresent(outcome.referralId(),
                    (id, r) -> new Referral(r.made(), Optional.of(outcome)));
            case PlanReviewed review -> {
                for (ObjectiveProgress progress : review.progress()) {
                    objectives.computeIfPresent(progress.objectiveId(), (id, o) -> new Objective(o.set(), progress.status()));
                }
                reviews = new java.util.ArrayList<>(reviews);
                reviews.add(review);
                reviews = List.copyOf(reviews);
            }
        }
        return new SentencePlan(java.util.Collections.unmodifiableMap(objectives),
                java.util.Collections.unmodifiableMap(referrals), reviews);
    }

    public boolean hasObjective(UUID objectiveId) {
        return objectives.containsKey(objectiveId);
    }

    List<PlanEvent> makeReferral(PlanRequests.MakeReferral command, UUID referralId) {
        command.objectiveId().filter(id -> !hasObjective(id)).ifPresent(id -> {
            throw new InvalidField("objectiveId", "an objective of this plan", "no objective " + id + " is in the plan",
                    null);
        });
        return List.of(new ReferralMade(referralId, command.objectiveId(), command.agency().strip(),
                command.service().strip(), command.reason().strip()));
    }

    /**
     * The outcome of a referral, from its officer or from the partner agency it was made to (000 4.2); another agency
     * is told there is no such referral.
     */
    List<PlanEvent> recordReferralOutcome(UUID referralId, PlanRequests.RecordReferralOutcome command,
            Optional<String> byAgency) {
        Referral referral = Optional.ofNullable(referrals.get(referralId))
                .filter(r -> byAgency.map(r.made().agency()::equals).orElse(true))
                .orElseThrow(() -> new NotFound("no referral " + referralId + " is in this plan"));
        if (referral.outcome().isPresent()) {
            throw new RuleViolated("referral-outcome-recorded", "referral " + referralId + " already has its outcome",
                    null);
        }
        return List.of(new ReferralOutcomeRecorded(referralId, command.outcome(), command.notes().strip()));
    }

    List<PlanEvent> review(PlanRequests.ReviewPlan command, UUID reviewId) {
        for (int i = 0; i < command.progress().size(); i++) {
            if (!hasObjective(command.progress().get(i).objectiveId())) {
                throw new InvalidField("progress[" + i + "].objectiveId", "an objective of this plan",
                        "no objective " + command.progress().get(i).objectiveId() + " is in the plan", null);
            }
        }
        return List.of(new PlanReviewed(reviewId, command.reviewedOn(),
                command.progress().stream().map(p -> new ObjectiveProgress(p.objectiveId(), p.status())).toList(),
                command.summary().strip(), command.personsView().strip()));
    }
}
