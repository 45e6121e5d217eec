package org.desist.risk.assessment;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.desist.risk.assessment.AssessmentEvent.AssessmentCompleted;
import org.desist.risk.assessment.AssessmentEvent.OverrideCountersigned;
import org.desist.risk.assessment.AssessmentEvent.OverrideRecorded;
import org.desist.risk.assessment.AssessmentEvent.RegistrationAdded;
import org.desist.risk.assessment.AssessmentEvent.RegistrationRemoved;
import org.desist.risk.assessment.AssessmentEvent.RoshAssessed;
import org.desist.risk.assessment.AssessmentEvent.RoshCountersigned;
import org.desist.risk.assessment.AssessmentEvent.TierCalculationChanged;
import org.desist.risk.tier.RoshLevel;

/** A person's risk judgements as they stand: RoSH in effect and awaiting countersignature, assessment, registrations. */
public record RiskAssessment(Optional<RoshLevel> effectiveRosh, Map<UUID, RoshAssessed> awaitingCountersignature,
        Optional<AssessmentCompleted> assessment, Map<UUID, RegistrationAdded> registrations,
        Optional<TierCalculationChanged> tier, Map<UUID, OverrideRecorded> overridesAwaiting,
        Map<CalculatedLevel, OverrideCountersigned> overrides, Optional<AssessmentEvent.ReviewDue> reviewDue,
        Optional<AssessmentEvent.ReviewCompleted> lastReview) {

    /** The tier in force: a countersigned override of the current calculation, else the calculation. */
    public Optional<String> tierInForce() {
        return tier.map(TierCalculationChanged::tier).map(calculated -> inForce(CalculatedLevel.TIER, calculated));
    }

    /**
     * The value of a level in force, given its current calculation: the latest countersigned override made of that
     * same calculated value; a calculation that has since changed leaves the override behind.
     */
    public String inForce(CalculatedLevel level, String calculated) {
        return override(level, calculated).map(OverrideCountersigned::value).orElse(calculated);
    }

    /** The countersigned override in force for a level whose current calculation is {@code calculated}. */
    public Optional<OverrideCountersigned> override(CalculatedLevel level, String calculated) {
        return Optional.ofNullable(overrides.get(level)).filter(o -> o.calculated().equals(calculated));
    }

    public static final Aggregate<RiskAssessment, AssessmentEvent> AGGREGATE = new Aggregate<>(AssessmentEvent.class,
            new RiskAssessment(Optional.empty(), Map.of(), Optional.empty(), Map.of(), Optional.empty(), Map.of(),
                    Map.of(), Optional.empty(), Optional.empty()),
            RiskAssessment::evolve);

    static RiskAssessment evolve(RiskAssessment s, AssessmentEvent event) {
        Map<UUID, RoshAssessed> awaiting = new LinkedHashMap<>(s.awaitingCountersignature());
        Map<UUID, RegistrationAdded> registrations = new LinkedHashMap<>(s.registrations());
        Optional<RoshLevel> rosh = s.effectiveRosh();
        Optional<AssessmentCompleted> assessment = s.assessment();
        Optional<TierCalculationChanged> tier = s.tier();
        Map<UUID, OverrideRecorded> awaitingOverrides = new LinkedHashMap<>(s.overridesAwaiting());
        Map<CalculatedLevel, OverrideCountersigned> overrides = new EnumMap<>(CalculatedLevel.class);
        overrides.putAll(s.overrides());
        Optional<AssessmentEvent.ReviewDue> reviewDue = s.reviewDue();
        Optional<AssessmentEvent.ReviewCompleted> lastReview = s.lastReview();
        switch (event) {
            case OverrideRecorded o -> awaitingOverrides.put(o.overrideId(), o);
            case OverrideCountersigned c -> {
                awaitingOverrides.remove(c.overrideId());
                overrides.put(c.level(), c);
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
            case AssessmentEvent.RegistrationReviewed r -> registrations.computeIfPresent(r.registrationId(),
                    (id, added) -> new RegistrationAdded(id, added.type(), added.category(), added.level(),
                            r.nextReviewDate(), added.notes(), added.source()));
            case RegistrationRemoved r -> registrations.remove(r.registrationId());
            case TierCalculationChanged t -> tier = Optional.of(t);
        }
        return new RiskAssessment(rosh, java.util.Collections.unmodifiableMap(awaiting), assessment,
                java.util.Collections.unmodifiableMap(registrations), tier,
                java.util.Collections.unmodifiableMap(awaitingOverrides), java.util.Collections.unmodifiableMap(overrides),
                reviewDue, lastReview);
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

    /**
     * 000_c72660e7df92b92e.txt 8.3, 8.5: an override of a calculated level carries a rationale and differs from the
     * calculation; {@code calculated} is the level's current calculation, if there is one yet.
     */
    List<AssessmentEvent> override(String crn, CalculatedLevel level, Optional<String> calculated, String overriding,
            String rationale, String by) {
        level.check(overriding);
        String current = calculated.orElseThrow(() -> new RuleViolated("nothing-calculated", "there is no calculated "
                + level + " to override yet", null));
        if (current.equals(overriding)) {
            throw new org.desist.eventstore.http.InvalidField("value", "different from the calculated " + level,
                    "the calculated " + level + " is already " + current, null);
        }
        return List.of(new OverrideRecorded(crn, org.desist.eventstore.UuidV7.next(), level, current, overriding,
                rationale, by));
    }

    /** 000_c72660e7df92b92e.txt 8.5: an override is countersigned by another, senior, officer. */
    List<AssessmentEvent> countersignOverride(UUID overrideId, String countersigner, String comments) {
        OverrideRecorded recorded = Optional.ofNullable(overridesAwaiting.get(overrideId))
                .orElseThrow(() -> new NotFound("no override " + overrideId + " awaits countersignature"));
        if (recorded.recordedBy().equals(countersigner)) {
            throw new RuleViolated("countersigned-by-assessor", "an override is countersigned by another officer than "
                    + "the one who made it", "000_c72660e7df92b92e.txt 8.5");
        }
        return List.of(new OverrideCountersigned(recorded.crn(), overrideId, recorded.level(), recorded.overriding(),
                recorded.calculated(), comments));
    }

    List<AssessmentEvent> reviewRegistration(UUID registrationId, java.time.LocalDate nextReviewDate, String notes) {
        registration(registrationId);
        return List.of(new AssessmentEvent.RegistrationReviewed(registrationId, nextReviewDate, notes));
    }

    private RegistrationAdded registration(UUID registrationId) {
        return Optional.ofNullable(registrations.get(registrationId))
                .orElseThrow(() -> new NotFound("no registration " + registrationId + " is in force for this person"));
    }

    List<AssessmentEvent> removeRegistration(UUID registrationId, String reason) {
        registration(registrationId);
        return List.of(new RegistrationRemoved(registrationId, reason));
    }
}
