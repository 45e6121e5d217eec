package org.desist.risk.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.risk.assessment.AssessmentEvent.ReviewCompleted;
import org.desist.risk.assessment.AssessmentEvent.ReviewDue;
import org.desist.risk.ogrs3.Ogrs3Scoring;
import org.desist.risk.tier.RoshLevel;

/** Reassessment: due on schedule by RoSH, and at once after significant events; completed with a summary. */
@ApplicationScoped
public class Reviews {

    private final CommandHandler commands;
    private final ReviewRules rules;

    Reviews(CommandHandler commands, ReviewRules rules) {
        this.commands = commands;
        this.rules = rules;
    }

    /** After a significant event (a new conviction, breach initiated, failed appointments): due from when it happened. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dueSince(String crn, String reason, LocalDate since, CommandMetadata metadata) {
        append(crn, List.of(new ReviewDue(crn, UuidV7.next(), since, reason)), metadata);
    }

    /**
     * Schedules the next review, 16 weeks from the last at HIGH or VERY_HIGH RoSH and 26 otherwise (configurable),
     * unless one is already due as soon.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(String crn, CommandMetadata metadata) {
        RiskAssessment state = commands.load(crn, RiskAssessment.AGGREGATE).state();
        boolean high = state.effectiveRosh().filter(RoshLevel::needsCountersignature).isPresent();
        int weeks = high ? rules.highRoshWeeks() : rules.otherWeeks();
        LocalDate from = state.lastReview().map(ReviewCompleted::completedOn).orElse(LocalDate.now());
        LocalDate dueBy = from.plusWeeks(weeks);
        if (state.reviewDue().filter(due -> !due.dueBy().isAfter(dueBy)).isPresent()) {
            return; // a review is already due as soon or sooner
        }
        append(crn, List.of(new ReviewDue(crn, UuidV7.next(), dueBy,
                "scheduled reassessment: every " + weeks + " weeks at RoSH "
                        + state.effectiveRosh().map(Enum::name).orElse("not yet assessed"))), metadata);
    }

    @Transactional
    public void complete(String crn, String summary, CommandMetadata metadata) {
        RiskAssessment state = commands.load(crn, RiskAssessment.AGGREGATE).state();
        java.util.UUID reviewId = state.reviewDue().map(ReviewDue::reviewId).orElseGet(UuidV7::next);
        append(crn, List.of(new ReviewCompleted(crn, reviewId, LocalDate.now(), summary.strip())), metadata);
        schedule(crn, metadata);
    }

    public int failedAppointmentsThreshold() {
        return rules.failedAppointmentsThreshold();
    }

    private void append(String crn, List<AssessmentEvent> events, CommandMetadata metadata) {
        commands.startOrUpdate(Ogrs3Scoring.stream(crn), RiskAssessment.AGGREGATE, a -> events, metadata);
    }
}
