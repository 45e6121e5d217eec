package org.desist.conduct.gift;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.consume.InboundHandler;
import org.desist.eventstore.consume.Inbox;
import org.desist.eventstore.consume.MalformedEvent;
import org.desist.eventstore.consume.ReceivedEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Learns from case-service's topic who is on its register, to recognise a gift's donor as a person on probation
 * (002_d7d6c09e19b6ddeb.txt 7.4). A consumer group of its own reads the topic from its beginning (it keeps every
 * event); of each registration only the CRN and a keyed hash of name and date of birth are kept.
 */
@ApplicationScoped
public class PeopleOnProbationConsumer implements InboundHandler {

    static final String CONSUMER = "conduct-service:people-on-probation";
    private static final String REGISTERED = "probation-case.person.registered";

    private final Inbox inbox;
    private final PeopleOnProbation people;

    PeopleOnProbationConsumer(Inbox inbox, PeopleOnProbation people) {
        this.inbox = inbox;
        this.people = people;
    }

    @Incoming("people-on-probation")
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
        return REGISTERED.equals(type);
    }

    @Override
    public void handle(ReceivedEvent event) {
        people.registered(event.subjectOr("crn"), text(event, "firstName") + " " + text(event, "lastName"),
                dateOfBirth(event));
    }

    private static String text(ReceivedEvent event, String field) {
        JsonNode value = event.data().get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new MalformedEvent(event.type() + " " + event.id() + " has no " + field);
        }
        return value.asText();
    }

    private static LocalDate dateOfBirth(ReceivedEvent event) {
        try {
            return LocalDate.parse(text(event, "dateOfBirth"));
        } catch (DateTimeParseException e) {
            throw new MalformedEvent(event.type() + " " + event.id() + " has a dateOfBirth that is not a date");
        }
    }
}
