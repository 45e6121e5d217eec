package org.desist.cases.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;

/** The sentence plan: objectives against needs, referrals to partner agencies, and reviews with the person's view. */
public sealed interface PlanEvent {

    @EventType("probation-case.plan-objective.set")
    record ObjectiveSet(UUID objectiveId, Need need, String description, Optional<LocalDate> targetDate)
            implements PlanEvent {

        public ObjectiveSet {
            targetDate = targetDate == null ? Optional.empty() : targetDate;
        }
    }

    /** 000_c72660e7df92b92e.txt 4.2: partnership working with other agencies. */
    @EventType("probation-case.referral.made")
    record ReferralMade(UUID referralId, Optional<UUID> objectiveId, String agency, String service, String reason)
            implements PlanEvent {

        public ReferralMade {
            objectiveId = objectiveId == null ? Optional.empty() : objectiveId;
        }
    }

    @EventType("probation-case.referral.outcome-recorded")
    record ReferralOutcomeRecorded(UUID referralId, ReferralOutcome outcome, String notes) implements PlanEvent {
    }

    /** 000_c72660e7df92b92e.txt 3.4: the person's own view is recorded with every review. */
    @EventType("probation-case.plan.reviewed")
    record PlanReviewed(UUID reviewId, LocalDate reviewedOn, List<ObjectiveProgress> progress, String summary,
            String personsView) implements PlanEvent {
    }

    record ObjectiveProgress(UUID objectiveId, ObjectiveStatus status) {
    }

    enum ObjectiveStatus {
        NOT_STARTED,
        IN_PROGRESS,
        ACHIEVED,
        NOT_ACHIEVED
    }

    enum ReferralOutcome {
        ACCEPTED,
        DECLINED,
        COMPLETED,
        DID_NOT_ENGAGE
    }
}
