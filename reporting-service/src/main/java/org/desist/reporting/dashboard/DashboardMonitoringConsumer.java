package org.desist.reporting.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.consume.InboundHandler;
import org.desist.eventstore.consume.Inbox;
import org.desist.eventstore.consume.ReceivedEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads case-service's restricted monitoring topic, where a person's registration is published again with only what
 * equality monitoring needs ({@code crn}, {@code sex}, {@code ethnicity}, {@code dateOfBirth}): the fairness panel's
 * groups. A consumer of its own, because the event keeps its id on both topics and each copy must be handled once.
 */
@ApplicationScoped
public class DashboardMonitoringConsumer implements InboundHandler {

    static final String CONSUMER = "reporting-service:dashboard-monitoring";
    static final String REGISTERED = "probation-case.person.registered";

    private final Inbox inbox;
    private final DashboardFacts facts;
    private final DashboardReplay replay;

    DashboardMonitoringConsumer(Inbox inbox, DashboardFacts facts, DashboardReplay replay) {
        this.inbox = inbox;
        this.facts = facts;
        this.replay = replay;
    }

    @Incoming("dashboard-monitoring")
    @Blocking
    public void onMonitoring(ConsumerRecord<String, String> record) {
        replay.receive(record, () -> inbox.receive(this, record));
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public boolean wants(String type) {
        return REGISTERED.equals(type);
    }

    @Override
    public void handle(ReceivedEvent event) {
        String crn = event.subjectOr("crn");
        JsonNode d = event.data();
        facts.known(crn);
        facts.described(crn, DashboardConsumer.text(d, "sex"), DashboardConsumer.text(d, "ethnicity"),
                DashboardConsumer.text(d, "dateOfBirth").map(LocalDate::parse));
    }
}
