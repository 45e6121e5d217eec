package org.desist.risk.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.List;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.risk.assessment.AssessmentEvent.ReviewCompleted;
import org.desist.risk.assessment.AssessmentEvent.ReviewDue;
import org.desist.risk.ogrs3.Ogrs3Scoring;

/** Reassessment: due on schedule by RoSH and tier, and at once after significant events; completed with a summary. */
@ApplicationScoped
public class Reviews {

    private final CommandHandler commands;
    private final ReviewRules rules;

    Reviews(CommandHandler commands, ReviewRules rules) {
        this.commands = commands;
        this.rules = rules;
    }

    /** After a significant event (a new conviction, breach initiated, a recall): due from when it happened. */
    static List<AssessmentEvent> dueSince(String crn, String reason, LocalDate since) {
        return List.of(new ReviewDue(crn, UuidV7.next(), since, reason, Optional.empty()));
    }

    /** After a failed appointment: due when the failures ({@code failuresAt}, all of them) cross the threshold again. */
    List<AssessmentEvent> afterFailure(RiskAssessment assessment, String crn, List<Instant> failuresAt, LocalDate since) {
        return assessment.failuresReviewDue(crn, UuidV7.next(), failuresAt, rules.failedAppointmentsThreshold(), since);
    }

    /** The next review by RoSH and tier (ReviewRules), unless one is already due as soon. */
    List<AssessmentEvent> scheduled(RiskAssessment assessment, String crn) {
        return assessment.scheduleReview(crn, UuidV7.next(), LocalDate.now(), rules);
    }

    /** Schedules the next review by RoSH and tier (ReviewRules), unless one is already due as soon. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(String crn, CommandMetadata metadata) {
        append(crn, a -> scheduled(a, crn), metadata);
    }

    @Transactional
    public void complete(String crn, ExpectedVersion seen, String summary, CommandMetadata metadata) {
        commands.startOrUpdate(Ogrs3Scoring.stream(crn), seen, RiskAssessment.AGGREGATE, a -> List.of(new ReviewCompleted(
                crn, a.reviewDue().map(ReviewDue::reviewId).orElseGet(UuidV7::next), LocalDate.now(), summary.strip())),
                metadata);
        schedule(crn, metadata);
    }

    public int failedAppointmentsThreshold() {
        return rules.failedAppointmentsThreshold();
    }

    private void append(String crn, Function<RiskAssessment, List<? extends AssessmentEvent>> decide,
            CommandMetadata metadata) {
        commands.startOrUpdate(Ogrs3Scoring.stream(crn), RiskAssessment.AGGREGATE, decide, metadata);
    }
}
