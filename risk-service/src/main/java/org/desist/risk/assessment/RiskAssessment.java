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
        Optional<TierCalculationChanged> tier) {

    public static final Aggregate<RiskAssessment, AssessmentEvent> AGGREGATE = new Aggregate<>(AssessmentEvent.class,
            new RiskAssessment(Optional.empty(), Map.of(), Optional.empty(), Map.of(), Optional.empty()),
            RiskAssessment::evolve);

    static RiskAssessment evolve(RiskAssessment s, AssessmentEvent event) {
        Map<UUID, RoshAssessed> awaiting = new LinkedHashMap<>(s.awaitingCountersignature());
        Map<UUID, RegistrationAdded> registrations = new LinkedHashMap<>(s.registrations());
        Optional<RoshLevel> rosh = s.effectiveRosh();
        Optional<AssessmentCompleted> assessment = s.assessment();
        Optional<TierCalculationChanged> tier = s.tier();
        switch (event) {
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
                java.util.Collections.unmodifiableMap(registrations), tier);
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

    List<AssessmentEvent> removeRegistration(UUID registrationId, String reason) {
        if (!registrations.containsKey(registrationId)) {
            throw new NotFound("no registration " + registrationId + " is in force for this person");
        }
        return List.of(new RegistrationRemoved(registrationId, reason));
    }
}
