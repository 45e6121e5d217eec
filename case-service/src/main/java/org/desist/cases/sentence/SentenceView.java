package org.desist.cases.sentence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.sentence.SentenceEvent.OrderRequirement;
import org.desist.cases.sentence.SentenceEvent.SentencedOffence;

/** A sentence as {@code GET /people/{crn}/sentences} shows it: its end date and each requirement's progress. */
public record SentenceView(UUID sentenceId, SentenceType type, LocalDate sentenceDate, String court, int lengthMonths,
        LocalDate expectedEndDate, String status, Optional<TerminationReason> terminationReason,
        Optional<LocalDate> terminatedOn, List<SentencedOffence> offences, List<RequirementView> requirements,
        Optional<SentenceEvent.ReleaseOnLicenceScheduled> licence) {

    public record RequirementView(UUID requirementId, RequirementType type, Optional<Integer> hours,
            Optional<Integer> days, Optional<String> programme, Optional<Boolean> electronicMonitoring,
            Optional<String> address, Optional<String> details, boolean completed, Optional<UnpaidWork> unpaidWork) {
    }

    /**
     * Unpaid work's progress. The hours are to be worked within twelve months of the order (Sentencing Act 2020,
     * Sch. 9 Part 1): {@code deadlineApproaching} warns in the last 60 days before that.
     */
    public record UnpaidWork(BigDecimal hoursWorked, BigDecimal hoursRemaining, LocalDate completionDeadline,
            boolean deadlineApproaching) {
    }

    static final int WARNING_DAYS = 60;

    /** The sentence as it stood at {@code asOf}, its warnings judged on that day (today without one). */
    static SentenceView of(Sentences.Sentence sentence, Optional<java.time.Instant> asOf) {
        return of(sentence, asOf.map(at -> LocalDate.ofInstant(at, java.time.ZoneOffset.UTC)).orElseGet(LocalDate::now));
    }

    static SentenceView of(Sentences.Sentence sentence, LocalDate today) {
        var recorded = sentence.recorded();
        List<RequirementView> requirements = recorded.requirements().stream()
                .map(r -> requirement(r, sentence, today)).toList();
        return new SentenceView(recorded.sentenceId(), recorded.type(), recorded.sentenceDate(), recorded.court(),
                recorded.lengthMonths(), recorded.expectedEndDate(), sentence.active() ? "ACTIVE" : "TERMINATED",
                sentence.termination().map(SentenceEvent.OrderTerminated::reason),
                sentence.termination().map(SentenceEvent.OrderTerminated::terminatedOn), recorded.offences(),
                requirements, sentence.licence());
    }

    private static RequirementView requirement(OrderRequirement r, Sentences.Sentence sentence, LocalDate today) {
        boolean completed = sentence.completedRequirements().contains(r.requirementId());
        Optional<UnpaidWork> unpaidWork = Optional.empty();
        if (r.type() == RequirementType.UNPAID_WORK) {
            BigDecimal worked = sentence.hoursWorked().getOrDefault(r.requirementId(), BigDecimal.ZERO);
            BigDecimal remaining = BigDecimal.valueOf(r.hours().orElse(0)).subtract(worked);
            LocalDate deadline = sentence.recorded().sentenceDate().plusMonths(12);
            boolean approaching = !completed && sentence.active() && remaining.signum() > 0
                    && !today.isBefore(deadline.minusDays(WARNING_DAYS));
            unpaidWork = Optional.of(new UnpaidWork(worked, remaining, deadline, approaching));
        }
        return new RequirementView(r.requirementId(), r.type(), r.hours(), r.days(), r.programme(),
                r.electronicMonitoring(), r.address(), r.details(), completed, unpaidWork);
    }
}
