package org.desist.cases.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.cases.person.PersonRecord;
import org.desist.cases.person.PersonStreams;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.consume.InboundHandler;
import org.desist.eventstore.consume.Inbox;
import org.desist.eventstore.consume.ReceivedEvent;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Listens to risk-service's topic: the tier in force ({@code tier.in-force.changed}, data {@code {"crn", "tier"}}) —
 * risk-service's one fact for it, the calculation or a countersigned override of the current calculation — or a risk
 * of serious harm in effect ({@code risk-assessment.rosh.assessed} with {@code effective} not false, or
 * {@code risk-assessment.rosh.countersigned}; data {@code {"crn", "overallLevel"}}) sets how often the person is seen.
 * Calculations and overrides themselves are not applied: only risk-service knows which of them is in force.
 */
@ApplicationScoped
@ReadsProjection("people")
public class RiskEventsConsumer implements InboundHandler {

    static final String CONSUMER = "case-service:risk";
    static final String TIER_IN_FORCE = "tier.in-force.changed";
    static final String ROSH_ASSESSED = "risk-assessment.rosh.assessed";
    static final String ROSH_COUNTERSIGNED = "risk-assessment.rosh.countersigned";
    private static final Logger LOG = Logger.getLogger(RiskEventsConsumer.class);

    private final Inbox inbox;
    private final CommandHandler commands;
    private final SupervisionStandards standards;

    RiskEventsConsumer(Inbox inbox, CommandHandler commands, SupervisionStandards standards) {
        this.inbox = inbox;
        this.commands = commands;
        this.standards = standards;
    }

    @Incoming("risk-events")
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
        return Set.of(TIER_IN_FORCE, ROSH_ASSESSED, ROSH_COUNTERSIGNED).contains(type);
    }

    @Override
    public void handle(ReceivedEvent event) {
        JsonNode data = event.data();
        String crn = data.hasNonNull("crn") ? data.get("crn").asText() : event.subjectOr("crn");
        if (PersonRecord.findById(crn) == null) {
            LOG.warnf("%s %s is about %s, who is not on case-service's records", event.type(), event.id(), crn);
            return;
        }
        Optional<String> tier = event.type().equals(TIER_IN_FORCE) ? text(data, "tier") : Optional.empty();
        // A HIGH or VERY_HIGH assessment takes effect when countersigned (its assessed event says effective: false).
        boolean effective = event.type().equals(ROSH_COUNTERSIGNED)
                || (event.type().equals(ROSH_ASSESSED) && data.path("effective").asBoolean(true));
        Optional<String> rosh = effective ? text(data, "overallLevel") : Optional.empty();
        if (tier.isEmpty() && rosh.isEmpty()) {
            return;
        }
        Instant at = event.time();
        commands.update(PersonStreams.of(crn), ExpectedVersion.any(), Supervision.AGGREGATE,
                supervision -> supervision.riskChanged(tier, rosh, at, event.type(), standards),
                CommandMetadata.causedBy(Actor.system("case-service"), event.causationId(), event.correlationId()));
    }

    private static Optional<String> text(JsonNode data, String field) {
        return data.hasNonNull(field) ? Optional.of(data.get(field).asText()) : Optional.empty();
    }
}
