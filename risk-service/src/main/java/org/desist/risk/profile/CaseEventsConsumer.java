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

    CaseEventsConsumer(IdempotentConsumer once, CaseFacts facts, Ogrs3Scoring scoring,
            org.desist.risk.assessment.TierRecalculation tier) {
        this.once = once;
        this.facts = facts;
        this.scoring = scoring;
        this.tier = tier;
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
        });
    }
}
