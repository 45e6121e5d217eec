package org.desist.risk.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.desist.risk.assessment.AssessmentEvent.AssessmentCompleted;
import org.desist.risk.assessment.AssessmentEvent.RegistrationAdded;
import org.desist.risk.assessment.AssessmentEvent.RegistrationRemoved;
import org.desist.risk.assessment.AssessmentEvent.RoshAssessed;
import org.desist.risk.assessment.AssessmentEvent.RoshCountersigned;
import org.desist.risk.assessment.AssessmentEvent.TierCalculationChanged;
import org.desist.risk.tier.RoshLevel;

/** A person's risk judgements as they stand: RoSH in effect and awaiting countersignature, assessment, registrations. */
public record RiskAssessment(Optional<RoshLevel> effectiveRosh, Map<UUID, RoshAssessed> awaitingCountersignature,
        Optional<AssessmentCompleted> assessment, Map<UUID, RegistrationAdded> registrations,
        Optional<TierCalculationChanged> tier, Map<UUID, AssessmentEvent.OverrideRecorded> overridesAwaiting,
        Optional<AssessmentEvent.OverrideCountersigned> override, Optional<AssessmentEvent.ReviewDue> reviewDue,
        Optional<AssessmentEvent.ReviewCompleted> lastReview) {

    /** The tier in force: a countersigned override of the current calculation, else the calculation. */
    public Optional<String> tierInForce() {
        return override.filter(o -> tier.map(TierCalculationChanged::tier).filter(o.calculatedTier()::equals).isPresent())
                .map(AssessmentEvent.OverrideCountersigned::tier)
                .or(() -> tier.map(TierCalculationChanged::tier));
    }

    public static final Aggregate<RiskAssessment, AssessmentEvent> AGGREGATE = new Aggregate<>(AssessmentEvent.class,
            new RiskAssessment(Optional.empty(), Map.of(), Optional.empty(), Map.of(), Optional.empty(), Map.of(),
                    Optional.empty(), Optional.empty(), Optional.empty()),
            RiskAssessment::evolve);

    static RiskAssessment evolve(RiskAssessment s, AssessmentEvent event) {
        Map<UUID, RoshAssessed> awaiting = new LinkedHashMap<>(s.awaitingCountersignature());
        Map<UUID, RegistrationAdded> registrations = new LinkedHashMap<>(s.registrations());
        Optional<RoshLevel> rosh = s.effectiveRosh();
        Optional<AssessmentCompleted> assessment = s.assessment();
        Optional<TierCalculationChanged> tier = s.tier();
        Map<UUID, AssessmentEvent.OverrideRecorded> overrides = new LinkedHashMap<>(s.overridesAwaiting());
        Optional<AssessmentEvent.OverrideCountersigned> override = s.override();
        Optional<AssessmentEvent.ReviewDue> reviewDue = s.reviewDue();
        Optional<AssessmentEvent.ReviewCompleted> lastReview = s.lastReview();
        switch (event) {
            case AssessmentEvent.OverrideRecorded o -> overrides.put(o.overrideId(), o);
            case AssessmentEvent.OverrideCountersigned c -> {
                overrides.remove(c.overrideId());
                override = Optional.of(c);
            }
            case AssessmentEvent.ReviewDue d -> reviewDue = Optional.of(d);
            case AssessmentEvent.ReviewCompleted c -> {
                lastReview = Optional.of(c);
                reviewDue = Optional.empty();
            }
            case RoshAssessed a -> {
                if (a.effective()) {
                    rosh = Optional.of(a.overallLevel());
                } else {
                    awaiting.put(a.assessmentId(), a);
                }
            }
            case RoshCountersigned c -> {
                awaiting.remove(c.assessmentId());
                rosh = Optional.of(c.overallLevel());
            }
            case AssessmentCompleted c -> assessment = Optional.of(c);
            case RegistrationAdded r -> registrations.put(r.registrationId(), r);
            case RegistrationRemoved r -> registrations.remove(r.registrationId());
            case TierCalculationChanged t -> tier = Optional.of(t);
        }
        return new RiskAssessment(rosh, java.util.Collections.unmodifiableMap(awaiting), assessment,
                java.util.Collections.unmodifiableMap(registrations), tier, java.util.Collections.unmodifiableMap(overrides),
                override, reviewDue, lastReview);
    }

    /** 000_c72660e7df92b92e.txt 8.5: a HIGH or VERY_HIGH judgement is countersigned by another, senior, officer. */
    List<AssessmentEvent> countersign(UUID assessmentId, String countersigner, String comments) {
        RoshAssessed assessed = Optional.ofNullable(awaitingCountersignature.get(assessmentId))
                .orElseThrow(() -> new NotFound("no RoSH assessment " + assessmentId + " awaits countersignature"));
        if (assessed.assessedBy().equals(countersigner)) {
            throw new RuleViolated("countersigned-by-assessor", "an assessment is countersigned by another officer "
                    + "than the one who made it", "000_c72660e7df92b92e.txt 8.5");
        }
        return List.of(new RoshCountersigned(assessed.crn(), assessmentId, assessed.overallLevel(), comments));
    }

    /** 000_c72660e7df92b92e.txt 8.3, 8.5: an override of the calculated tier carries a rationale. */
    List<AssessmentEvent> overrideTier(String crn, String overridingTier, String rationale, String by) {
        String calculated = tier.map(TierCalculationChanged::tier)
                .orElseThrow(() -> new RuleViolated("no-tier-calculated", "there is no calculated tier to override yet", null));
        if (calculated.equals(overridingTier)) {
            throw new org.desist.eventstore.http.InvalidField("tier", "different from the calculated tier",
                    "the calculated tier is already " + calculated, null);
        }
        return List.of(new AssessmentEvent.OverrideRecorded(crn, org.desist.eventstore.UuidV7.next(), calculated, overridingTier, rationale, by));
    }

    List<AssessmentEvent> countersignOverride(UUID overrideId, String countersigner, String comments) {
        AssessmentEvent.OverrideRecorded recorded = Optional.ofNullable(overridesAwaiting.get(overrideId))
                .orElseThrow(() -> new NotFound("no override " + overrideId + " awaits countersignature"));
        if (recorded.recordedBy().equals(countersigner)) {
            throw new RuleViolated("countersigned-by-assessor", "an override is countersigned by another officer than "
                    + "the one who made it", "000_c72660e7df92b92e.txt 8.5");
        }
        return List.of(new AssessmentEvent.OverrideCountersigned(recorded.crn(), overrideId, recorded.overridingTier(),
                recorded.calculatedTier(), comments));
    }

    List<AssessmentEvent> removeRegistration(UUID registrationId, String reason) {
        if (!registrations.containsKey(registrationId)) {
            throw new NotFound("no registration " + registrationId + " is in force for this person");
        }
        return List.of(new RegistrationRemoved(registrationId, reason));
    }
}
