package org.desist.risk.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;
import org.desist.risk.tier.Need;
import org.desist.reference.RegistrationType;
import org.desist.risk.tier.RoshLevel;
import org.desist.risk.tier.TierCalculation;

/** Accountable risk judgements about a person (000_c72660e7df92b92e.txt 8.3, 8.5), and the tier they lead to. */
public sealed interface AssessmentEvent {

    /** An officer's risk of serious harm assessment; HIGH and VERY_HIGH take effect only when countersigned. */
    @EventType("risk-assessment.rosh.assessed")
    record RoshAssessed(String crn, UUID assessmentId, Map<RiskGroup, RoshLevel> levels, RoshLevel overallLevel,
            String natureOfRisk, String whoIsAtRisk, String whenGreatest, String whatReduces, String evidence,
            String rationale, String assessedBy, boolean effective) implements AssessmentEvent, Judgement {
    }

    /**
     * An assessment that awaited countersignature lapsed, superseded by a newer one: only the latest judgement can be
     * countersigned into effect (000_c72660e7df92b92e.txt 8.3).
     */
    @EventType("risk-assessment.rosh.lapsed")
    record RoshAssessmentLapsed(String crn, UUID assessmentId, RoshLevel overallLevel, UUID supersededBy)
            implements AssessmentEvent {
    }

    @EventType("risk-assessment.rosh.countersigned")
    record RoshCountersigned(String crn, UUID assessmentId, RoshLevel overallLevel, String comments)
            implements AssessmentEvent, Judgement {

        @Override
        public String rationale() {
            return comments;
        }
    }

    /** The needs and RSR entered from the assessment, and whether the person is an IOM nominal. */
    @EventType("risk-assessment.assessment.completed")
    record AssessmentCompleted(UUID assessmentId, Optional<BigDecimal> rsrPercent, Map<Need, Need.Severity> needs,
            int womensFactors, boolean iomNominal) implements AssessmentEvent {

        public AssessmentCompleted {
            rsrPercent = rsrPercent == null ? Optional.empty() : rsrPercent;
        }
    }

    /**
     * A registration that bears on risk, recorded here or in case-service ({@code source}: the service it was recorded
     * in; a registration from case-service keeps case-service's registration id).
     */
    @EventType("registration.added")
    record RegistrationAdded(UUID registrationId, RegistrationType type, Optional<Integer> category,
            Optional<Integer> level, LocalDate reviewDate, String notes, Optional<String> source)
            implements AssessmentEvent {

        public static final String CASE_SERVICE = "case-service";

        public RegistrationAdded {
            category = category == null ? Optional.empty() : category;
            level = level == null ? Optional.empty() : level;
            source = source == null ? Optional.empty() : source;
        }
    }

    /** A registration reviewed and kept in force until its next review date. */
    @EventType("registration.reviewed")
    record RegistrationReviewed(UUID registrationId, LocalDate nextReviewDate, String notes)
            implements AssessmentEvent, Judgement {

        @Override
        public String rationale() {
            return notes;
        }
    }

    @EventType("registration.removed")
    record RegistrationRemoved(UUID registrationId, String reason) implements AssessmentEvent, Judgement {

        @Override
        public String rationale() {
            return reason;
        }
    }

    /**
     * A professional override of a calculated level — the tier or the OGRS3 band — with its rationale; it takes effect
     * once countersigned, and the calculated value stays on record beside it (000 8.3, 8.5).
     */
    @EventType(value = "risk-assessment.override.recorded", schemaVersion = 2)
    record OverrideRecorded(String crn, UUID overrideId, CalculatedLevel level, String calculated, String overriding,
            String rationale, String recordedBy) implements AssessmentEvent, Judgement {
    }

    /** The override countersigned: {@code value} is now the level in force while {@code calculated} stands. */
    @EventType(value = "risk-assessment.override.countersigned", schemaVersion = 2)
    record OverrideCountersigned(String crn, UUID overrideId, CalculatedLevel level, String value, String calculated,
            String comments) implements AssessmentEvent, Judgement {

        @Override
        public String rationale() {
            return comments;
        }
    }

    /**
     * An override still awaiting countersignature lapsed because the calculation it overrode is no longer current;
     * it can no longer be countersigned (override-superseded).
     */
    @EventType("risk-assessment.override.lapsed")
    record OverrideLapsed(String crn, UUID overrideId, CalculatedLevel level, String calculated, String nowCalculated)
            implements AssessmentEvent {
    }

    /**
     * A reassessment is due, and why: on schedule by tier and RoSH, or after a significant event. When failed
     * appointments made it due, {@code failuresUpTo} is when the last of them happened: the next count starts after it.
     */
    @EventType("risk-assessment.review.due")
    record ReviewDue(String crn, UUID reviewId, LocalDate dueBy, String reason, Optional<Instant> failuresUpTo)
            implements AssessmentEvent {

        public ReviewDue {
            failuresUpTo = failuresUpTo == null ? Optional.empty() : failuresUpTo;
        }
    }

    @EventType("risk-assessment.review.completed")
    record ReviewCompleted(String crn, UUID reviewId, LocalDate completedOn, String summary)
            implements AssessmentEvent, Judgement {

        @Override
        public String rationale() {
            return summary;
        }
    }

    /**
     * The tier recalculated, with the inputs and points that made it (shared/facts/TIER.md): recorded whenever the
     * inputs or points change, even when the tier stays the same, so its explanation is never stale.
     */
    @EventType("tier.calculation.changed")
    record TierCalculationChanged(String crn, String tier, Optional<String> previousTier, TierCalculation calculation)
            implements AssessmentEvent {

        public TierCalculationChanged {
            previousTier = previousTier == null ? Optional.empty() : previousTier;
        }
    }

    /**
     * The tier in force changed: the one fact other services apply. {@code tier} is the countersigned override of the
     * current calculation ({@code overrideId}) when there is one, else the calculated tier.
     */
    @EventType("tier.in-force.changed")
    record TierInForceChanged(String crn, String tier, Optional<String> previousTier, String calculatedTier,
            Optional<UUID> overrideId) implements AssessmentEvent {

        public TierInForceChanged {
            previousTier = previousTier == null ? Optional.empty() : previousTier;
            overrideId = overrideId == null ? Optional.empty() : overrideId;
        }
    }
}
