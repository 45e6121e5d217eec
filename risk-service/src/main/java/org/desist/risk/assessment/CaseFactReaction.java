package org.desist.risk.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.History;
import org.desist.risk.assessment.CaseFact.RegistrationChange;
import org.desist.risk.ogrs3.Ogrs3Scoring;
import org.desist.risk.ogrs3.RiskScores;
import org.desist.risk.ogrs3.ScoresEvent;
import org.desist.risk.ogrs3.ScoresEvent.ScoresDetermined;
import org.desist.risk.profile.RiskProfileRecord;

/**
 * Every judgement a case fact changes — a registration, OGRS3, the tier and the review it schedules, a reassessment
 * made due — decided on one read of the person's stream and appended at once, in the consumer's transaction.
 */
@ApplicationScoped
public class CaseFactReaction {

    private final CommandHandler commands;
    private final TierRecalculation tier;
    private final Reviews reviews;

    CaseFactReaction(CommandHandler commands, TierRecalculation tier, Reviews reviews) {
        this.commands = commands;
        this.tier = tier;
        this.reviews = reviews;
    }

    /** Called after {@code CaseFacts} has kept the fact; a fact that bears on no judgement reads nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(String crn, CaseFact fact, CommandMetadata metadata) {
        if (fact.bearsOnJudgements()) {
            RiskProfileRecord facts = RiskProfileRecord.findById(crn);
            commands.startOrUpdate(Ogrs3Scoring.stream(crn), history -> decide(crn, fact, facts, history), metadata);
        }
    }

    private List<Object> decide(String crn, CaseFact fact, RiskProfileRecord facts, History history) {
        List<Object> events = new ArrayList<>();
        RiskAssessment assessment = history.state(RiskAssessment.AGGREGATE);
        Optional<ScoresDetermined> ogrs3 = history.state(RiskScores.AGGREGATE).latest();
        boolean tierMayChange = fact.bearsOnScoresAndTier();
        if (fact.registration().isPresent()) {
            List<AssessmentEvent> registered = registration(assessment, fact.registration().get());
            events.addAll(registered);
            assessment = assessment.then(registered);
            tierMayChange |= !registered.isEmpty();
        }
        if (fact.bearsOnScoresAndTier()) {
            List<ScoresEvent> scored = Ogrs3Scoring.rescored(facts, history.state(RiskScores.AGGREGATE), fact.type());
            events.addAll(scored);
            ogrs3 = scored.isEmpty() ? ogrs3 : Optional.of((ScoresDetermined) scored.getLast());
        }
        if (tierMayChange) {
            List<AssessmentEvent> recalculated = tier.recalculated(crn, assessment, facts, ogrs3);
            events.addAll(recalculated);
            assessment = assessment.then(recalculated);
        }
        if (fact.reviewReason().isPresent()) {
            List<AssessmentEvent> due = Reviews.dueSince(crn, fact.reviewReason().get(), fact.since());
            events.addAll(due);
            assessment = assessment.then(due);
        }
        if (fact.failuresToAttend().isPresent()) {
            events.addAll(reviews.afterFailure(assessment, crn, fact.failuresToAttend().get(), fact.since()));
        }
        return events;
    }

    /** One already known is not added again; one never heard of is neither reviewed nor removed. */
    private static List<AssessmentEvent> registration(RiskAssessment assessment, RegistrationChange change) {
        return switch (change) {
            case RegistrationChange.Added added -> assessment.registrations()
                    .containsKey(added.registration().registrationId()) ? List.of() : List.of(added.registration());
            case RegistrationChange.Reviewed reviewed -> assessment.registrations().containsKey(reviewed.registrationId())
                    ? assessment.reviewRegistration(reviewed.registrationId(), reviewed.nextReviewDate(), reviewed.notes())
                    : List.of();
            case RegistrationChange.Removed removed -> assessment.registrations().containsKey(removed.registrationId())
                    ? assessment.removeRegistration(removed.registrationId(), removed.reason())
                    : List.of();
        };
    }
}
