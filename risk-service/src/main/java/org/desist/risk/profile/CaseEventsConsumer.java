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
import org.desist.eventstore.consume.InboundHandler;
import org.desist.eventstore.consume.MalformedEvent;
import org.desist.eventstore.consume.Inbox;
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
public class CaseEventsConsumer implements InboundHandler {

    static final String CONSUMER = "risk-service:case-facts";

    private final Inbox inbox;
    private final CaseFacts facts;
    private final Ogrs3Scoring scoring;
    private final TierRecalculation tier;
    private final Reviews reviews;
    private final RiskAssessments assessments;

    CaseEventsConsumer(Inbox inbox, CaseFacts facts, Ogrs3Scoring scoring,
            TierRecalculation tier, Reviews reviews,
            RiskAssessments assessments) {
        this.assessments = assessments;
        this.inbox = inbox;
        this.facts = facts;
        this.scoring = scoring;
        this.tier = tier;
        this.reviews = reviews;
    }

    @Incoming("case-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        inbox.receive(this, record);
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public void handle(ReceivedEvent event) {
        String crn = event.subjectOr("crn");
        facts.apply(crn, event);
        CommandMetadata metadata = CommandMetadata.causedBy(Actor.system("risk-service"), event.causationId(),
                event.correlationId());
        registrations(crn, event, metadata);
        scoring.rescore(crn, event.type(), metadata);
        tier.recalculate(crn, metadata);
        LocalDate since = event.data().hasNonNull("convictionDate")
                ? LocalDate.parse(event.data().get("convictionDate").asText())
                : LocalDate.ofInstant(event.time(), ZoneOffset.UTC);
        significance(event).ifPresent(reason -> reviews.dueSince(crn, reason, since, metadata));
        if (failure(event)) {
            reviews.afterFailure(crn, ContactOutcomeRecord.<ContactOutcomeRecord>list(
                    "crn = ?1 and outcome in ('FAILED_TO_ATTEND', 'UNACCEPTABLE_ABSENCE')", crn).stream()
                    .map(c -> c.occurredAt).toList(), since, metadata);
        }
    }

    /** Registrations recorded in case-service bear on the tier as those recorded here do (shared/facts/TIER.md). */
    private void registrations(String crn, ReceivedEvent event, CommandMetadata metadata) {
        JsonNode data = event.data();
        switch (event.type()) {
            case "probation-case.registration.added" -> assessments.registeredInCase(crn,
                    new RegistrationAdded(
                            UUID.fromString(required(event, "registrationId")),
                            RegistrationType.valueOf(required(event, "type")),
                            number(data, "category"), number(data, "level"),
                            LocalDate.parse(required(event, "reviewDate")), data.path("notes").asText(),
                            Optional.of(RegistrationAdded.CASE_SERVICE)),
                    metadata);
            case "probation-case.registration.reviewed" -> assessments.reviewedInCase(crn,
                    UUID.fromString(required(event, "registrationId")),
                    LocalDate.parse(required(event, "nextReviewDate")),
                    "reviewed in case-service: " + data.path("notes").asText(), metadata);
            case "probation-case.registration.removed" -> assessments.deregisteredInCase(crn,
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
            throw new MalformedEvent(event.type() + " " + event.id() + " about " + event.subject().orElse("?")
                    + " has no " + field + ": case-service's event contract (its asyncapi.yaml) requires it");
        }
        return value.asText();
    }

    private static Optional<Integer> number(JsonNode data, String field) {
        return data.hasNonNull(field) ? Optional.of(data.get(field).asInt()) : Optional.empty();
    }

    /** Significant events that make a reassessment due at once. */
    private static Optional<String> significance(ReceivedEvent event) {
        return switch (event.type()) {
            case "probation-case.conviction.recorded" -> Optional.of("a new conviction was recorded");
            case "enforcement.breach.initiated" -> Optional.of("breach proceedings were initiated");
            case "probation-case.licence.recalled" -> Optional.of("recalled to custody from licence");
            default -> Optional.empty();
        };
    }

    /** A contact recorded, or corrected, as a failure: failures in number make a reassessment due (Reviews). */
    private static boolean failure(ReceivedEvent event) {
        String outcome = event.data().path("outcome").asText();
        return (event.type().equals(CaseFacts.CONTACT_RECORDED) || event.type().equals(CaseFacts.CONTACT_CORRECTED))
                && (outcome.equals("FAILED_TO_ATTEND") || outcome.equals("UNACCEPTABLE_ABSENCE"));
    }
}
