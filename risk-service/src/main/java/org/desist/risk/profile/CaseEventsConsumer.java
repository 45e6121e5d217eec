package org.desist.risk.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.consume.InboundHandler;
import org.desist.eventstore.access.CaseAccessFeed;
import org.desist.eventstore.consume.Inbox;
import org.desist.eventstore.consume.MalformedEvent;
import org.desist.eventstore.consume.ReceivedEvent;
import org.desist.reference.RegistrationType;
import org.desist.risk.assessment.AssessmentEvent.RegistrationAdded;
import org.desist.risk.assessment.CaseFact;
import org.desist.risk.assessment.CaseFact.RegistrationChange;
import org.desist.risk.assessment.CaseFactReaction;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Listens to case-service's topic; each event's effect — the facts kept and the judgements they change — is recorded
 * once, whatever Kafka redelivers. A poll's records are handled together, in order per person (keyed by CRN), in one
 * transaction; events of types no risk fact depends on are passed over without one.
 */
@ApplicationScoped
public class CaseEventsConsumer implements InboundHandler {

    static final String CONSUMER = "risk-service:case-facts";
    static final String REGISTRATION_ADDED = "probation-case.registration.added";
    static final String REGISTRATION_REVIEWED = "probation-case.registration.reviewed";
    static final String REGISTRATION_REMOVED = "probation-case.registration.removed";
    static final String BREACH_INITIATED = "enforcement.breach.initiated";
    static final String LICENCE_RECALLED = "probation-case.licence.recalled";

    private static final Set<String> RISK_FACTS = Stream.concat(CaseFacts.KEPT.stream(), Stream.of(REGISTRATION_ADDED,
            REGISTRATION_REVIEWED, REGISTRATION_REMOVED, BREACH_INITIATED, LICENCE_RECALLED)).collect(Collectors.toSet());
    private static final Set<String> WANTED = Stream.concat(RISK_FACTS.stream(), CaseAccessFeed.TYPES.stream())
            .collect(Collectors.toSet());

    private final Inbox inbox;
    private final CaseFacts facts;
    private final CaseFactReaction reaction;
    private final CaseAccessFeed access;

    CaseEventsConsumer(Inbox inbox, CaseFacts facts, CaseFactReaction reaction, CaseAccessFeed access) {
        this.inbox = inbox;
        this.facts = facts;
        this.reaction = reaction;
        this.access = access;
    }

    @Incoming("case-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> polled = new ArrayList<>(records.count());
        records.forEach(polled::add);
        inbox.receiveAll(this, polled);
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public boolean wants(String type) {
        return WANTED.contains(type);
    }

    @Override
    public void handle(ReceivedEvent event) {
        String crn = event.subjectOr("crn");
        // who may open the case: the same need-to-know facts as case-service's (an allocation is a risk fact too)
        if (access.apply(event.type(), crn, event.data()) && !RISK_FACTS.contains(event.type())) {
            return;
        }
        facts.apply(crn, event);
        LocalDate since = event.data().hasNonNull("convictionDate")
                ? LocalDate.parse(event.data().get("convictionDate").asText())
                : LocalDate.ofInstant(event.time(), ZoneOffset.UTC);
        CaseFact fact = new CaseFact(event.type(), CaseFacts.BEARING_ON_SCORES_AND_TIER.contains(event.type()),
                registration(event), significance(event), since, failure(event) ? Optional.of(failuresToAttend(crn))
                        : Optional.empty());
        reaction.follow(crn, fact, CommandMetadata.causedBy(Actor.system("risk-service"), event.causationId(),
                event.correlationId()));
    }

    private static List<Instant> failuresToAttend(String crn) {
        return ContactOutcomeRecord.<ContactOutcomeRecord>list(
                "crn = ?1 and outcome in ('FAILED_TO_ATTEND', 'UNACCEPTABLE_ABSENCE')", crn).stream()
                .map(c -> c.occurredAt).toList();
    }

    /** Registrations recorded in case-service bear on the tier as those recorded here do (shared/facts/TIER.md). */
    private static Optional<RegistrationChange> registration(ReceivedEvent event) {
        JsonNode data = event.data();
        return switch (event.type()) {
            case REGISTRATION_ADDED -> Optional.of(new RegistrationChange.Added(new RegistrationAdded(
                    UUID.fromString(required(event, "registrationId")),
                    RegistrationType.valueOf(required(event, "type")),
                    number(data, "category"), number(data, "level"),
                    LocalDate.parse(required(event, "reviewDate")), data.path("notes").asText(),
                    Optional.of(RegistrationAdded.CASE_SERVICE))));
            case REGISTRATION_REVIEWED -> Optional.of(new RegistrationChange.Reviewed(
                    UUID.fromString(required(event, "registrationId")),
                    LocalDate.parse(required(event, "nextReviewDate")),
                    "reviewed in case-service: " + data.path("notes").asText()));
            case REGISTRATION_REMOVED -> Optional.of(new RegistrationChange.Removed(
                    UUID.fromString(required(event, "registrationId")),
                    "removed in case-service: " + data.path("reason").asText()));
            default -> Optional.empty();
        };
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
            case CaseFacts.CONVICTION_RECORDED -> Optional.of("a new conviction was recorded");
            case BREACH_INITIATED -> Optional.of("breach proceedings were initiated");
            case LICENCE_RECALLED -> Optional.of("recalled to custody from licence");
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
