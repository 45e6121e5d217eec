package org.desist.cases.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.consume.InboundHandler;
import org.desist.eventstore.consume.Inbox;
import org.desist.eventstore.consume.ReceivedEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps case-service's copy of conduct-service's staff register: who may hold cases, in which team, and who has left.
 * A consumer group of its own reads conduct-service's topic from its beginning (the topic keeps every event), so the
 * register is whole even where case-service consumed those events before it kept one.
 */
@ApplicationScoped
public class StaffRegisterConsumer implements InboundHandler {

    static final String CONSUMER = "case-service:staff-register";
    private static final Set<String> TYPES = Set.of("conduct.staff-member.registered", "conduct.staff-member.moved",
            "conduct.staff-member.left");

    private final Inbox inbox;
    private final StaffConductFacts facts;

    StaffRegisterConsumer(Inbox inbox, StaffConductFacts facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    @Incoming("staff-register")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        inbox.receive(this, record);
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public boolean wants(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void handle(ReceivedEvent event) {
        JsonNode data = event.data();
        String staffId = data.get("staffId").asText();
        switch (event.type()) {
            case "conduct.staff-member.registered" -> facts.staffMemberJoined(staffId, team(data), event.time());
            case "conduct.staff-member.moved" -> facts.staffMemberMoved(staffId, team(data), event.time());
            case "conduct.staff-member.left" -> facts.staffMemberLeft(staffId,
                    LocalDate.parse(data.get("leftOn").asText()), event.time());
            default -> throw new IllegalStateException("not a staff register event: " + event.type());
        }
    }

    private static Optional<String> team(JsonNode data) {
        JsonNode team = data.get("team");
        return team == null || team.isNull() ? Optional.empty() : Optional.of(team.asText());
    }
}
