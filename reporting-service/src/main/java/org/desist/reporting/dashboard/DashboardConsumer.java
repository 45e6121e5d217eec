package org.desist.reporting.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.access.CaseAccessFeed;
import org.desist.eventstore.consume.InboundHandler;
import org.desist.eventstore.consume.Inbox;
import org.desist.eventstore.consume.ReceivedEvent;
import org.desist.reporting.dashboard.DashboardFacts.Action;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads case-service's and risk-service's topics into the dashboard's read models ({@link DashboardFacts}), in its own
 * consumer group so that they can be rebuilt from the beginning of the topics ({@link DashboardReplay}) without touching
 * report drafting; it
 * also keeps the kernel's need-to-know facts, so that no panel counts a restricted or excluded case.
 */
@ApplicationScoped
public class DashboardConsumer implements InboundHandler {

    static final String CONSUMER = "reporting-service:dashboard";
    static final Set<String> TYPES = Set.of("probation-case.person.registered", "tier.in-force.changed",
            "risk-assessment.rosh.assessed", "risk-assessment.rosh.countersigned", "risk-assessment.scores.determined",
            "probation-case.sentence.recorded", "probation-case.licence-release.scheduled",
            "probation-case.contact.recorded", "probation-case.contact.corrected", "enforcement.warning.issued",
            "enforcement.warning.withdrawn", "enforcement.breach.initiated", "enforcement.breach-decision.recorded",
            "probation-case.licence.recalled", "probation-case.conviction.recorded",
            "risk-assessment.override.countersigned", "probation-case.unpaid-work.logged",
            "probation-case.requirement.completed");
    static final Set<String> WANTED = Stream.concat(TYPES.stream(), CaseAccessFeed.TYPES.stream())
            .collect(Collectors.toSet());

    private final Inbox inbox;
    private final DashboardFacts facts;
    private final CaseAccessFeed access;

    private final DashboardReplay replay;

    DashboardConsumer(Inbox inbox, DashboardFacts facts, CaseAccessFeed access, DashboardReplay replay) {
        this.inbox = inbox;
        this.facts = facts;
        this.access = access;
        this.replay = replay;
    }

    @Incoming("dashboard-case-events")
    @Blocking
    public void onCase(ConsumerRecord<String, String> record) {
        replay.receive(record, () -> inbox.receive(this, record));
    }

    @Incoming("dashboard-risk-events")
    @Blocking
    public void onRisk(ConsumerRecord<String, String> record) {
        replay.receive(record, () -> inbox.receive(this, record));
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public boolean wants(String type) {
        return WANTED.contains(type);
    }

    @Override
    public void handle(ReceivedEvent event) {
        String crn = event.subjectOr("crn");
        JsonNode d = event.data();
        LocalDate on = LocalDate.ofInstant(event.time(), ZoneOffset.UTC);
        facts.known(crn);
        switch (event.type()) {
            case CaseAccessFeed.ALLOCATED, CaseAccessFeed.REALLOCATED -> {
                access.apply(event.type(), crn, d);
                facts.allocated(event, crn, d.path("staffId").asText(), d.path("team").asText(), on);
            }
            // ethnicity moves to desist.case.monitoring (DashboardMonitoringConsumer); older records still carry it here
            case "probation-case.person.registered" -> facts.described(crn, text(d, "sex"), text(d, "ethnicity"),
                    text(d, "dateOfBirth").map(LocalDate::parse));
            case "tier.in-force.changed" -> text(d, "tier").ifPresent(tier -> facts.tier(crn, tier));
            case "risk-assessment.rosh.assessed" -> {
                // an assessment awaiting countersignature is not yet in effect (risk-service's asyncapi.yaml)
                if (d.path("effective").asBoolean(true)) {
                    text(d, "overallLevel").ifPresent(level -> facts.rosh(crn, level));
                }
            }
            case "risk-assessment.rosh.countersigned" -> text(d, "overallLevel").ifPresent(level -> facts.rosh(crn, level));
            case "risk-assessment.scores.determined" -> facts.predicted(crn, probability(d.path("ogrs3"), "oneYear"),
                    probability(d.path("ogrs3"), "twoYear"));
            case "probation-case.sentence.recorded" -> {
                LocalDate start = text(d, "sentenceDate").map(LocalDate::parse).orElse(on);
                facts.supervisionStarted(crn, start);
                d.path("requirements").forEach(r -> {
                    if ("UNPAID_WORK".equals(r.path("type").asText())) {
                        facts.unpaidWorkOrdered(crn, r.path("requirementId").asText(), start, r.path("hours").asInt());
                    }
                });
            }
            case "probation-case.licence-release.scheduled" -> text(d, "releaseDate").map(LocalDate::parse)
                    .ifPresent(release -> facts.supervisionStarted(crn, release));
            case "probation-case.contact.recorded", "probation-case.contact.corrected" -> facts.contact(crn,
                    d.path("contactId").asText(), text(d, "occurredAt").map(t -> LocalDate.ofInstant(
                            Instant.parse(t), ZoneOffset.UTC)).orElse(on), d.path("outcome").asText());
            case "enforcement.warning.issued" -> facts.action(event, crn, Action.WARNING, on, Optional.empty());
            case "enforcement.warning.withdrawn" -> facts.action(event, crn, Action.WARNING_WITHDRAWN, on, Optional.empty());
            case "enforcement.breach.initiated" -> facts.action(event, crn, Action.BREACH, on, Optional.empty());
            case "enforcement.breach-decision.recorded" -> {
                if ("NOT_TO_BREACH".equals(d.path("decision").asText())) {
                    facts.action(event, crn, Action.NOT_TO_BREACH, on, Optional.empty());
                }
            }
            case "probation-case.licence.recalled" -> facts.action(event, crn, Action.RECALL,
                    text(d, "recalledOn").map(LocalDate::parse).orElse(on), Optional.empty());
            // proven reoffending counts offences committed in the follow-up (the offence date), proven by conviction
            case "probation-case.conviction.recorded" -> facts.action(event, crn, Action.CONVICTION,
                    text(d, "offenceDate").or(() -> text(d, "convictionDate")).map(LocalDate::parse).orElse(on),
                    Optional.empty());
            case "risk-assessment.override.countersigned" -> facts.action(event, crn, Action.OVERRIDE, on,
                    Optional.of(d.path("level").asText() + " " + Overrides.direction(d.path("level").asText(),
                            d.path("calculated").asText(), d.path("value").asText())));
            case "probation-case.unpaid-work.logged" -> facts.unpaidWorkLogged(crn, d.path("requirementId").asText(),
                    d.path("hours").asDouble());
            case "probation-case.requirement.completed" -> facts.requirementCompleted(d.path("requirementId").asText());
            default -> access.apply(event.type(), crn, d);
        }
    }

    /** OGRS3's probability (0-1) as published, or its whole percentage. */
    private static Optional<Double> probability(JsonNode ogrs3, String horizon) {
        JsonNode p = ogrs3.get(horizon + "Probability");
        if (p != null && p.isNumber()) {
            return Optional.of(p.asDouble());
        }
        JsonNode percent = ogrs3.get(horizon + "Percent");
        return percent != null && percent.isNumber() ? Optional.of(percent.asDouble() / 100) : Optional.empty();
    }

    static Optional<String> text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty()
                : Optional.of(value.asText().strip());
    }
}
