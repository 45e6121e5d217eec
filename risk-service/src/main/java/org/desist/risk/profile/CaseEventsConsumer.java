package org.desist.risk.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.consume.IdempotentConsumer;
import org.desist.eventstore.consume.ReceivedEvent;
import org.desist.reference.RegistrationType;
import org.desist.risk.assessment.AssessmentEvent.RegistrationAdded;
import org.desist.risk.assessment.Reviews;
import org.desist.risk.assessment.RiskAssessments;
import org.desist.risk.assessment.TierRecalculation;
import org.desist.risk.ogrs3.Ogrs3Scoring;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Listens to case-service's topic; each event's effect — the facts kept and any OGRS3 it changes — is recorded
 * once, whatever Kafka redelivers.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    static final String CONSUMER = "risk-service:case-facts";

    private final IdempotentConsumer once;
    private final CaseFacts facts;
    private final Ogrs3Scoring scoring;
    private final TierRecalculation tier;
    private final Reviews reviews;
    private final RiskAssessments assessments;

    CaseEventsConsumer(IdempotentConsumer once, CaseFacts facts, Ogrs3Scoring scoring,
            TierRecalculation tier, Reviews reviews,
            RiskAssessments assessments) {
        this.assessments = assessments;
        this.once = once;
        this.facts = facts;
        this.scoring = scoring;
        this.tier = tier;
        this.reviews = reviews;
    }

    @Incoming("case-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        once.once(CONSUMER, event.id(), () -> {
            facts.apply(event);
            CommandMetadata metadata = CommandMetadata.causedBy(Actor.system("risk-service"), event.id(),
                    event.correlationId());
            registrations(event, metadata);
            scoring.rescore(event.subject(), event.type(), metadata);
            tier.recalculate(event.subject(), metadata);
            significance(event).ifPresent(reason -> reviews.dueSince(event.subject(), reason,
                    event.data().hasNonNull("convictionDate")
                            ? LocalDate.parse(event.data().get("convictionDate").asText())
                            : LocalDate.ofInstant(event.time(), ZoneOffset.UTC), metadata));
        });
    }

    /** Registrations recorded in case-service bear on the tier as those recorded here do (shared/facts/TIER.md). */
    private void registrations(ReceivedEvent event, CommandMetadata metadata) {
        JsonNode data = event.data();
        switch (event.type()) {
            case "probation-case.registration.added" -> assessments.registeredInCase(event.subject(),
                    new RegistrationAdded(
                            UUID.fromString(required(event, "registrationId")),
                            RegistrationType.valueOf(required(event, "type")),
                            number(data, "category"), number(data, "level"),
                            LocalDate.parse(required(event, "reviewDate")), data.path("notes").asText(),
                            Optional.of(RegistrationAdded.CASE_SERVICE)),
                    metadata);
            case "probation-case.registration.reviewed" -> assessments.reviewedInCase(event.subject(),
                    UUID.fromString(required(event, "registrationId")),
                    LocalDate.parse(required(event, "nextReviewDate")),
                    "reviewed in case-service: " + data.path("notes").asText(), metadata);
            case "probation-case.registration.removed" -> assessments.deregisteredInCase(event.subject(),
                    UUID.fromString(required(event, "registrationId")),
                    "removed in case-service: " + data.path("reason").asText(), metadata);
            default -> {
                // other facts are kept by CaseFacts
            }
        }
    }

    /**
     * A field the event's contract requires; without it the event goes to the dead-letter topic with this reason,
     * and nothing of its effect is kept.
     */
    private static String required(ReceivedEvent event, String field) {
        JsonNode value = event.data().get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " about " + event.subject()
                    + " has no " + field + ": case-service's event contract (its asyncapi.yaml) requires it");
        }
        return value.asText();
    }

    private static Optional<Integer> number(JsonNode data, String field) {
        return data.hasNonNull(field) ? Optional.of(data.get(field).asInt()) : Optional.empty();
    }

    /** Significant events that make a reassessment due at once. */
    private Optional<String> significance(ReceivedEvent event) {
        return switch (event.type()) {
            case "probation-case.conviction.recorded" -> Optional.of("a new conviction was recorded");
            case "enforcement.breach.initiated" -> Optional.of("breach proceedings were initiated");
            case "probation-case.licence.recalled" -> Optional.of("recalled to custody from licence");
            case "probation-case.contact.recorded" -> {
                String outcome = event.data().path("outcome").asText();
                long failures = ContactOutcomeRecord.count("crn = ?1 and outcome in ('FAILED_TO_ATTEND', 'UNACCEPTABLE_ABSENCE')",
                        event.subject());
                yield (outcome.equals("FAILED_TO_ATTEND") || outcome.equals("UNACCEPTABLE_ABSENCE"))
                        && failures == reviews.failedAppointmentsThreshold()
                        ? Optional.of(failures + " failed appointments") : Optional.empty();
            }
            default -> Optional.empty();
        };
    }
}
