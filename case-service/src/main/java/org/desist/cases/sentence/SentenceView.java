package org.desist.cases.sentence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.sentence.SentenceEvent.OrderRequirement;
import org.desist.cases.sentence.SentenceEvent.SentencedOffence;

/** A sentence as {@code GET /people/{crn}/sentences} shows it: its end date and each requirement's progress. */
public record SentenceView(UUID sentenceId, SentenceType type, LocalDate sentenceDate, String court, int lengthMonths,
        LocalDate expectedEndDate, String status, Optional<TerminationReason> terminationReason,
        Optional<LocalDate> terminatedOn, List<SentencedOffence> offences, List<RequirementView> requirements) {

    public record RequirementView(UUID requirementId, RequirementType type, Optional<Integer> hours,
            Optional<Integer> days, Optional<String> programme, Optional<Boolean> electronicMonitoring,
            Optional<String> address, Optional<String> details, boolean completed) {
    }

    static SentenceView of(Sentences.Sentence sentence) {
        var recorded = sentence.recorded();
        List<RequirementView> requirements = recorded.requirements().stream()
                .map(r -> requirement(r, sentence.completedRequirements().contains(r.requirementId()))).toList();
        return new SentenceView(recorded.sentenceId(), recorded.type(), recorded.sentenceDate(), recorded.court(),
                recorded.lengthMonths(), recorded.expectedEndDate(), sentence.active() ? "ACTIVE" : "TERMINATED",
                sentence.termination().map(SentenceEvent.OrderTerminated::reason),
                sentence.termination().map(SentenceEvent.OrderTerminated::terminatedOn), recorded.offences(),
                requirements);
    }

    private static RequirementView requirement(OrderRequirement r, boolean completed) {
        return new RequirementView(r.requirementId(), r.type(), r.hours(), r.days(), r.programme(),
                r.electronicMonitoring(), r.address(), r.details(), completed);
    }
}
