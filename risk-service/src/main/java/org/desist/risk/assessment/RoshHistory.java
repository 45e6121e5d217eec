package org.desist.risk.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.desist.risk.assessment.AssessmentEvent.RoshAssessed;
import org.desist.risk.assessment.AssessmentEvent.RoshAssessmentLapsed;
import org.desist.risk.assessment.AssessmentEvent.RoshCountersigned;
import org.desist.risk.tier.RoshLevel;

/**
 * A person's risk of serious harm assessments as {@code GET /people/{crn}/rosh} reads them back: the one in effect, the
 * one awaiting countersignature, and every one with its rationale and what became of it (000_c72660e7df92b92e.txt 8.5).
 */
public record RoshHistory(String crn, Optional<Assessment> current, Optional<Assessment> pending,
        List<Assessment> history) {

    /** What became of an assessment. */
    public enum Status { IN_EFFECT, AWAITING_COUNTERSIGNATURE, REPLACED, LAPSED }

    /** The senior officer's countersignature that put an assessment into effect. */
    public record Countersignature(String by, Instant at, String comments) {
    }

    /**
     * One assessment, oldest first in the history; {@code lowersHighLevel} when it lowered a HIGH or VERY_HIGH level in
     * effect, {@code supersededBy} the newer assessment that made it lapse or replaced it.
     */
    public record Assessment(UUID assessmentId, Map<RiskGroup, RoshLevel> levels, RoshLevel overallLevel,
            String natureOfRisk, String whoIsAtRisk, String whenGreatest, String whatReduces, String evidence,
            String rationale, String assessedBy, Instant assessedAt, boolean lowersHighLevel, Status status,
            Optional<Countersignature> countersignature, Optional<UUID> supersededBy) {

        Assessment with(Status newStatus, Optional<Countersignature> signed, Optional<UUID> by) {
            return new Assessment(assessmentId, levels, overallLevel, natureOfRisk, whoIsAtRisk, whenGreatest,
                    whatReduces, evidence, rationale, assessedBy, assessedAt, lowersHighLevel, newStatus, signed, by);
        }
    }

    public static RoshHistory of(String crn) {
        return new RoshHistory(crn, Optional.empty(), Optional.empty(), List.of());
    }

    /** The history after one more event, made by {@code by} at {@code at}; other judgements leave it as it was. */
    public RoshHistory then(AssessmentEvent event, String by, Instant at) {
        return switch (event) {
            case RoshAssessed a -> {
                boolean lowers = current.filter(c -> c.overallLevel().needsCountersignature()
                        && a.overallLevel().compareTo(c.overallLevel()) < 0).isPresent();
                Assessment assessed = new Assessment(a.assessmentId(), a.levels(), a.overallLevel(), a.natureOfRisk(),
                        a.whoIsAtRisk(), a.whenGreatest(), a.whatReduces(), a.evidence(), a.rationale(), a.assessedBy(),
                        at, lowers, a.effective() ? Status.IN_EFFECT : Status.AWAITING_COUNTERSIGNATURE, Optional.empty(),
                        Optional.empty());
                yield a.effective() ? inEffect(assessed) : new RoshHistory(crn, current, Optional.of(assessed),
                        append(assessed));
            }
            case RoshCountersigned c -> pending.filter(p -> p.assessmentId().equals(c.assessmentId()))
                    .map(p -> inEffect(p.with(Status.IN_EFFECT, Optional.of(new Countersignature(by, at, c.comments())),
                            Optional.empty()))
                            .withPending(Optional.empty()))
                    .orElse(this);
            case RoshAssessmentLapsed l -> {
                List<Assessment> updated = replace(l.assessmentId(), a -> a.with(Status.LAPSED, a.countersignature(),
                        Optional.of(l.supersededBy())));
                yield new RoshHistory(crn, current, pending.filter(p -> !p.assessmentId().equals(l.assessmentId())),
                        updated);
            }
            default -> this;
        };
    }

    private RoshHistory inEffect(Assessment assessment) {
        List<Assessment> updated = current.map(c -> replace(c.assessmentId(), a -> a.with(Status.REPLACED,
                a.countersignature(), Optional.of(assessment.assessmentId())))).orElse(history);
        List<Assessment> withThis = new ArrayList<>(updated);
        withThis.removeIf(a -> a.assessmentId().equals(assessment.assessmentId()));
        withThis.add(assessment);
        withThis.sort(Comparator.comparing(Assessment::assessedAt));
        return new RoshHistory(crn, Optional.of(assessment), pending, List.copyOf(withThis));
    }

    private RoshHistory withPending(Optional<Assessment> newPending) {
        return new RoshHistory(crn, current, newPending, history);
    }

    private List<Assessment> append(Assessment assessment) {
        List<Assessment> all = new ArrayList<>(history);
        all.add(assessment);
        return List.copyOf(all);
    }

    private List<Assessment> replace(UUID id, UnaryOperator<Assessment> change) {
        return history.stream().map(a -> a.assessmentId().equals(id) ? change.apply(a) : a).toList();
    }
}
