package org.desist.conduct.gift;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.access.CaseAccessFeed;
import org.desist.eventstore.consume.InboundHandler;
import org.desist.eventstore.consume.Inbox;
import org.desist.eventstore.consume.ReceivedEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Learns from case-service's topic who is on its register, to recognise a gift's donor as a person on probation
 * (002_d7d6c09e19b6ddeb.txt 7.4). A consumer group of its own reads the topic from its beginning (it keeps every
 * event); of each registration only the CRN and the keyed hash of name and date of birth case-service publishes
 * ({@code matchKey}, {@code PersonMatchKey}) are kept: no name crosses the topic. The same events say who may open
 * each case ({@link CaseAccessFeed}): conduct-service's views of a CRN honour a case's limited access.
 */
@ApplicationScoped
public class PeopleOnProbationConsumer implements InboundHandler {

    static final String CONSUMER = "conduct-service:people-on-probation";
    private static final String REGISTERED = "probation-case.person.registered";

    private final Inbox inbox;
    private final PeopleOnProbation people;
    private final CaseAccessFeed access;

    PeopleOnProbationConsumer(Inbox inbox, PeopleOnProbation people, CaseAccessFeed access) {
        this.inbox = inbox;
        this.people = people;
        this.access = access;
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
        return REGISTERED.equals(type) || CaseAccessFeed.TYPES.contains(type);
    }

    @Override
    public void handle(ReceivedEvent event) {
        if (access.apply(event.type(), event.subjectOr("crn"), event.data())) {
            return;
        }
        // a registration published without a key (no key configured where it was made) recognises nobody
        JsonNode key = event.data().get("matchKey");
        if (key != null && key.isTextual() && !key.asText().isBlank()) {
            people.registered(event.subjectOr("crn"), key.asText());
        }
    }
}
