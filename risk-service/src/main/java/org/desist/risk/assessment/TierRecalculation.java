package org.desist.risk.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.command.CommandHandler;
import org.desist.risk.assessment.AssessmentEvent.RegistrationAdded;
import org.desist.risk.ogrs3.Ogrs3Scoring;
import org.desist.risk.ogrs3.ScoresEvent;
import org.desist.risk.profile.RiskProfileRecord;
import org.desist.reference.RegistrationType;
import org.desist.risk.tier.TierCalculation;
import org.desist.risk.tier.TierInputs;

/**
 * Recalculates the tier on every relevant change — RoSH in effect, the assessment, registrations, OGRS3, the sentence
 * — recording tier.calculation.changed whenever its inputs or points change, and tier.in-force.changed whenever the
 * tier in force (the calculation, or a countersigned override of it) changes.
 */
@ApplicationScoped
public class TierRecalculation {

    private final CommandHandler commands;
    private final Ogrs3Scoring scoring;
    private final Reviews reviews;

    TierRecalculation(CommandHandler commands, Ogrs3Scoring scoring, Reviews reviews) {
        this.commands = commands;
        this.scoring = scoring;
        this.reviews = reviews;
    }

    /** Called in the transaction that made the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recalculate(String crn, CommandMetadata metadata) {
        RiskProfileRecord facts = RiskProfileRecord.findById(crn);
        if (facts == null || facts.registeredAt == null) {
            return;
        }
        Optional<Integer> ogrs3TwoYear = scoring.latest(crn).map(ScoresEvent.ScoresDetermined::ogrs3)
                .map(s -> s.twoYearPercent());
        commands.startOrUpdate(Ogrs3Scoring.stream(crn), RiskAssessment.AGGREGATE,
                a -> a.recalculated(crn, TierCalculation.of(inputs(a, facts, ogrs3TwoYear))), metadata);
        reviews.schedule(crn, metadata);
    }

    static TierInputs inputs(RiskAssessment assessment, RiskProfileRecord facts, Optional<Integer> ogrs3TwoYear) {
        Set<RegistrationType> registrations = assessment.registrations().values().stream()
                .map(RegistrationAdded::type).collect(Collectors.toUnmodifiableSet());
        Optional<Integer> mappa = assessment.registrations().values().stream()
                .filter(r -> r.type() == RegistrationType.MAPPA).map(r -> r.level().orElse(1)).max(Integer::compare);
        var completed = assessment.assessment();
        return new TierInputs(assessment.effectiveRosh(), completed.flatMap(AssessmentEvent.AssessmentCompleted::rsrPercent),
                mappa, registrations, "FEMALE".equals(facts.sex),
                completed.map(AssessmentEvent.AssessmentCompleted::womensFactors).orElse(0),
                completed.map(AssessmentEvent.AssessmentCompleted::needs).orElse(Map.of()), ogrs3TwoYear,
                completed.map(AssessmentEvent.AssessmentCompleted::iomNominal).orElse(false),
                facts.mandateForChange == null || facts.mandateForChange, completed.isPresent());
    }
}
