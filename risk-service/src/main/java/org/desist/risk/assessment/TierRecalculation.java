package org.desist.risk.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.command.CommandHandler;
import org.desist.risk.assessment.AssessmentEvent.RegistrationAdded;
import org.desist.risk.ogrs3.Ogrs3Scoring;
import org.desist.risk.ogrs3.RiskScores;
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
    private final Reviews reviews;

    TierRecalculation(CommandHandler commands, Reviews reviews) {
        this.commands = commands;
        this.reviews = reviews;
    }

    /** Called in the transaction that made the change: the person's stream is read once, and appended to once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recalculate(String crn, CommandMetadata metadata) {
        RiskProfileRecord facts = RiskProfileRecord.findById(crn);
        if (facts == null || facts.registeredAt == null) {
            return;
        }
        commands.startOrUpdate(Ogrs3Scoring.stream(crn), history -> recalculated(crn, history.state(RiskAssessment.AGGREGATE),
                facts, history.state(RiskScores.AGGREGATE).latest()), metadata);
    }

    /**
     * The tier as the assessment, the facts and the latest OGRS3 now make it, and the next review it schedules: nothing
     * when none of them changed it, or before the person's registration has arrived.
     */
    List<AssessmentEvent> recalculated(String crn, RiskAssessment assessment, RiskProfileRecord facts,
            Optional<ScoresEvent.ScoresDetermined> ogrs3) {
        if (facts == null || facts.registeredAt == null) {
            return List.of();
        }
        Optional<Integer> ogrs3TwoYear = ogrs3.map(ScoresEvent.ScoresDetermined::ogrs3).map(s -> s.twoYearPercent());
        List<AssessmentEvent> events = new ArrayList<>(
                assessment.recalculated(crn, TierCalculation.of(inputs(assessment, facts, ogrs3TwoYear))));
        events.addAll(reviews.scheduled(assessment.then(events), crn));
        return events;
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
