package org.desist.risk.profile;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.desist.eventstore.consume.InboundHandler;
import org.desist.eventstore.consume.Inbox;
import org.desist.eventstore.consume.ReceivedEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Listens to case-service's restricted monitoring topic, which carries a registration's ethnicity (special-category
 * data) to fairness monitoring and to no other consumer; each record's effect is kept once, whatever Kafka redelivers.
 */
@ApplicationScoped
public class CaseMonitoringConsumer implements InboundHandler {

    static final String CONSUMER = "risk-service:case-monitoring";

    private final Inbox inbox;
    private final CaseFacts facts;

    CaseMonitoringConsumer(Inbox inbox, CaseFacts facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    @Incoming("case-monitoring")
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
        return CaseFacts.PERSON_REGISTERED.equals(type);
    }

    @Override
    public void handle(ReceivedEvent event) {
        facts.monitored(event.subjectOr("crn"), event);
    }
}
