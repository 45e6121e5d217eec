package org.desist.cases.conduct;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.cases.allocation.CaseAllocation;
import org.desist.cases.allocation.StaffConductFacts;
import org.desist.cases.contact.ContactRecording;
import org.desist.cases.person.PersonRecord;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.consume.InboundHandler;
import org.desist.eventstore.consume.Inbox;
import org.desist.eventstore.consume.ReceivedEvent;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The inbound adapter for conduct-service's topic, as a resource is for REST: it hands each fact to the feature it
 * bears on. Declared relationships and withdrawn safeguarding registrations go to allocation (they rule officers out
 * of supervising, and flag their current cases, until the declaration ends or the registration is reinstated); gifts
 * declined from a person on probation go on that person's contact log (002_d7d6c09e19b6ddeb.txt 7.4).
 */
@ApplicationScoped
@ReadsProjection({"people", "allocations"})
public class ConductEventsConsumer implements InboundHandler {

    public static final String CONSUMER = "case-service:conduct";
    public static final String RELATIONSHIP_DECLARED = "conduct.relationship.declared";
    public static final String DECLARATION_ENDED = "conduct.relationship.declaration-ended";
    public static final String SAFEGUARDING_WITHDRAWN = "conduct.safeguarding-registration.withdrawn";
    public static final String SAFEGUARDING_REINSTATED = "conduct.safeguarding-registration.reinstated";
    public static final String GIFT_DECLINED = "conduct.gift-offer.declined";
    private static final Logger LOG = Logger.getLogger(ConductEventsConsumer.class);

    private final Inbox inbox;
    private final StaffConductFacts facts;
    private final CaseAllocation allocation;
    private final ContactRecording contacts;

    ConductEventsConsumer(Inbox inbox, StaffConductFacts facts, CaseAllocation allocation,
            ContactRecording contacts) {
        this.inbox = inbox;
        this.facts = facts;
        this.allocation = allocation;
        this.contacts = contacts;
    }

    @Incoming("conduct-events")
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
        JsonNode data = event.data();
        CommandMetadata metadata = CommandMetadata.causedBy(Actor.system("case-service"), event.causationId(), event.correlationId());
        switch (event.type()) {
            case RELATIONSHIP_DECLARED -> {
                String staffId = data.get("staffId").asText();
                String crn = data.get("crn").asText();
                // conduct-service publishes that a declaration blocks supervision, not the relationship's nature
                facts.relationshipDeclared(staffId, crn, data.path("relationship").asText("DECLARED"),
                        Instant.parse(data.get("declaredAt").asText()));
                if (PersonRecord.findById(crn) != null) {
                    allocation.flagIfAllocatedTo(crn, staffId, "the officer declared a relationship with this person "
                            + "(002_d7d6c09e19b6ddeb.txt 7.6-7.7)", event.type(), metadata);
                }
            }
            case DECLARATION_ENDED -> {
                // another declaration about the same person may still stand: conduct-service says whether the block lifts
                if (data.path("supervisionBlockLifted").asBoolean(false)) {
                    facts.relationshipEnded(data.get("staffId").asText(), data.get("crn").asText());
                }
            }
            case SAFEGUARDING_REINSTATED -> facts.safeguardingReinstated(data.get("staffId").asText());
            case SAFEGUARDING_WITHDRAWN -> {
                String staffId = data.get("staffId").asText();
                facts.safeguardingWithdrawn(staffId, Instant.parse(data.get("withdrawnAt").asText()));
                for (String crn : facts.casesAllocatedTo(staffId)) {
                    allocation.flagIfAllocatedTo(crn, staffId, "the officer's safeguarding registration was withdrawn "
                            + "(002_d7d6c09e19b6ddeb.txt 4.5)", event.type(), metadata);
                }
            }
            case GIFT_DECLINED -> {
                String crn = data.get("crn").asText();
                if (PersonRecord.findById(crn) == null) {
                    LOG.warnf("gift offer %s names %s, who is not on case-service's records: nothing to add to a contact log",
                            event.id(), crn);
                    return;
                }
                contacts.recordGiftOfferDeclined(crn, data.get("staffId").asText(), data.get("description").asText(),
                        data.get("value").decimalValue(), Instant.parse(data.get("offeredAt").asText()), metadata);
            }
            default -> LOG.debugf("case-service has no use for %s", event.type());
        }
    }
}
