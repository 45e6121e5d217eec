package org.desist.cases.sentence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;

/** A person's sentences: recorded from the court's outcome, their requirements, and how they end. */
public sealed interface SentenceEvent {

    UUID sentenceId();

    @EventType("probation-case.sentence.recorded")
    record SentenceRecorded(UUID sentenceId, SentenceType type, LocalDate sentenceDate, String court, int lengthMonths,
            LocalDate expectedEndDate, List<SentencedOffence> offences, List<OrderRequirement> requirements)
            implements SentenceEvent {
    }

    /** An offence as sentenced, with what the Home Office table says of its code. */
    record SentencedOffence(String offenceCode, LocalDate offenceDate, String group, String category,
            String description, boolean violent) {
    }

    record OrderRequirement(UUID requirementId, RequirementType type, Optional<Integer> hours, Optional<Integer> days,
            Optional<String> programme, Optional<Boolean> electronicMonitoring, Optional<String> address,
            Optional<String> details) {
    }

    /** A court amended the order with a further requirement. */
    @EventType("probation-case.requirement.added")
    record RequirementAdded(UUID sentenceId, OrderRequirement requirement) implements SentenceEvent {
    }

    /** A session of unpaid work done for a project (003: unpaid work in the community). */
    @EventType("probation-case.unpaid-work.logged")
    record UnpaidWorkLogged(UUID sentenceId, UUID requirementId, LocalDate workedOn, java.math.BigDecimal hours,
            String project) implements SentenceEvent {
    }

    @EventType("probation-case.requirement.completed")
    record RequirementCompleted(UUID sentenceId, UUID requirementId, LocalDate completedOn) implements SentenceEvent {
    }

    /** A custodial sentence's release on licence, with the conditions the licence sets. */
    @EventType("probation-case.licence-release.scheduled")
    record ReleaseOnLicenceScheduled(UUID sentenceId, LocalDate releaseDate, List<String> licenceConditions,
            LocalDate licenceEndDate) implements SentenceEvent {
    }

    /** Recalled to custody from licence, with the reasons (000_c72660e7df92b92e.txt 8.5). */
    @EventType("probation-case.licence.recalled")
    record LicenceRecalled(UUID sentenceId, LocalDate recalledOn, String rationale) implements SentenceEvent, Judgement {
    }

    @EventType("probation-case.order.terminated")
    record OrderTerminated(UUID sentenceId, TerminationReason reason, LocalDate terminatedOn, String rationale)
            implements SentenceEvent, Judgement {
    }
}
