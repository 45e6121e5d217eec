package org.desist.risk.profile;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.consume.IdempotentConsumer;
import org.desist.eventstore.consume.ReceivedEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Listens to case-service's topic; each event's effect is recorded once, whatever Kafka redelivers. */
@ApplicationScoped
public class CaseEventsConsumer {

    static final String CONSUMER = "risk-service:case-facts";

    private final IdempotentConsumer once;
    private final CaseFacts facts;

    CaseEventsConsumer(IdempotentConsumer once, CaseFacts facts) {
        this.once = once;
        this.facts = facts;
    }

    @Incoming("case-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        once.once(CONSUMER, event.id(), () -> facts.apply(event));
    }
}
