package org.desist.risk.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Loaded;
import org.desist.risk.assessment.AssessmentEvent.RegistrationAdded;
import org.desist.risk.assessment.AssessmentEvent.TierCalculationChanged;
import org.desist.risk.ogrs3.Ogrs3Scoring;
import org.desist.risk.ogrs3.ScoresEvent;
import org.desist.risk.profile.RiskProfileRecord;
import org.desist.reference.RegistrationType;
import org.desist.risk.tier.TierCalculation;
import org.desist.risk.tier.TierInputs;

/**
 * Recalculates the tier on every relevant change — RoSH in effect, the assessment, registrations, OGRS3, the sentence
 * — and records tier.calculation.changed with the inputs used when the tier moves.
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
        Loaded<RiskAssessment> loaded = commands.load(crn, RiskAssessment.AGGREGATE);
        TierCalculation calculation = TierCalculation.of(inputs(loaded.state(), facts,
                scoring.latest(crn).map(ScoresEvent.ScoresDetermined::ogrs3).map(s -> s.twoYearPercent())));
        Optional<String> previous = loaded.state().tier().map(TierCalculationChanged::tier);
        if (previous.filter(calculation.tier()::equals).isPresent()) {
            reviews.schedule(crn, metadata);
            return;
        }
        List<AssessmentEvent> changed = List.of(new TierCalculationChanged(crn, calculation.tier(), previous, calculation));
        commands.startOrUpdate(Ogrs3Scoring.stream(crn), RiskAssessment.AGGREGATE, a -> changed, metadata);
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
