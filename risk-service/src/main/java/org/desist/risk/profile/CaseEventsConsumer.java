package org.desist.risk.profile;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.consume.IdempotentConsumer;
import org.desist.risk.ogrs3.Ogrs3Scoring;
import org.desist.eventstore.consume.ReceivedEvent;
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
    private final org.desist.risk.assessment.TierRecalculation tier;
    private final org.desist.risk.assessment.Reviews reviews;

    CaseEventsConsumer(IdempotentConsumer once, CaseFacts facts, Ogrs3Scoring scoring,
            org.desist.risk.assessment.TierRecalculation tier, org.desist.risk.assessment.Reviews reviews) {
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
            scoring.rescore(event.subject(), event.type(), metadata);
            tier.recalculate(event.subject(), metadata);
            significance(event).ifPresent(reason -> reviews.dueSince(event.subject(), reason,
                    event.data().hasNonNull("convictionDate")
                            ? java.time.LocalDate.parse(event.data().get("convictionDate").asText())
                            : java.time.LocalDate.ofInstant(event.time(), java.time.ZoneOffset.UTC), metadata));
        });
    }

    /** Significant events that make a reassessment due at once. */
    private java.util.Optional<String> significance(ReceivedEvent event) {
        return switch (event.type()) {
            case "probation-case.conviction.recorded" -> java.util.Optional.of("a new conviction was recorded");
            case "enforcement.breach.initiated" -> java.util.Optional.of("breach proceedings were initiated");
            case "probation-case.licence.recalled" -> java.util.Optional.of("recalled to custody from licence");
            case "probation-case.contact.recorded" -> {
                String outcome = event.data().path("outcome").asText();
                long failures = ContactOutcomeRecord.count("crn = ?1 and outcome in ('FAILED_TO_ATTEND', 'UNACCEPTABLE_ABSENCE')",
                        event.subject());
                yield (outcome.equals("FAILED_TO_ATTEND") || outcome.equals("UNACCEPTABLE_ABSENCE"))
                        && failures == reviews.failedAppointmentsThreshold()
                        ? java.util.Optional.of(failures + " failed appointments") : java.util.Optional.empty();
            }
            default -> java.util.Optional.empty();
        };
    }
}
