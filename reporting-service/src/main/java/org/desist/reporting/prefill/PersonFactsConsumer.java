package org.desist.reporting.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.consume.InboundHandler;
import org.desist.eventstore.access.CaseAccessFeed;
import org.desist.eventstore.consume.Inbox;
import org.desist.eventstore.consume.ReceivedEvent;
import org.desist.eventstore.projection.ReadsProjection;
import org.desist.reporting.report.Fact;
import org.desist.reporting.report.ReportRecord;
import org.desist.reporting.report.Reports;
import org.desist.reporting.report.ReportsProjection;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps what case-service and risk-service publish about people as the facts drafts are pre-filled with, each citing
 * its event; a person registered with a PNC matches the court requests waiting for them.
 */
@ApplicationScoped
@ReadsProjection(ReportsProjection.NAME)
public class PersonFactsConsumer implements InboundHandler {

    static final String CONSUMER = "reporting-service:person-facts";
    static final String PERSONAL = "Personal details";
    static final String HISTORY = "Criminal history";
    static final String ORDERS = "Previous orders and compliance";
    static final String RISK = "Current risk";
    private static final Set<String> WANTED = Set.of("probation-case.person.registered",
            "probation-case.criminal-history.recorded", "probation-case.conviction.recorded",
            "probation-case.sentence.recorded", "probation-case.order.terminated", "enforcement.warning.issued",
            "enforcement.breach.initiated", "enforcement.breach-decision.recorded", "probation-case.licence.recalled",
            "risk-assessment.scores.determined", "risk-assessment.rosh.assessed", "tier.calculation.changed");

    private final Inbox inbox;
    private final CaseAccessFeed access;
    private final PersonFacts facts;
    private final Reports reports;

    PersonFactsConsumer(Inbox inbox, PersonFacts facts, Reports reports, CaseAccessFeed access) {
        this.access = access;
        this.inbox = inbox;
        this.facts = facts;
        this.reports = reports;
    }

    @Incoming("case-events")
    @Blocking
    public void onCase(ConsumerRecord<String, String> record) {
        inbox.receive(this, record);
    }

    @Incoming("risk-events")
    @Blocking
    public void onRisk(ConsumerRecord<String, String> record) {
        inbox.receive(this, record);
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public boolean wants(String type) {
        return WANTED.contains(type) || CaseAccessFeed.TYPES.contains(type);
    }

    @Override
    public void handle(ReceivedEvent event) {
        String crn = event.subjectOr("crn");
        JsonNode data = event.data();
        // who may open the person's case and reports: the same need-to-know facts as every service's
        if (access.apply(event.type(), crn, data) && !WANTED.contains(event.type())) {
            return;
        }
        if (event.type().equals("probation-case.person.registered")) {
            Optional<String> pnc = text(data, "pncNumber");
            facts.registered(crn, pnc);
            pnc.ifPresent(p -> matchWaiting(crn, p, event));
        }
        describe(event.type(), data).ifPresent(described -> facts.keep(crn, new Fact(described.section(),
                described.text(), new Fact.Source(service(event), event.subject().orElse(crn), event.streamVersion(),
                        event.type())), event.id(), event.time()));
    }

    /** Requests that named only this PNC are now about this person. */
    private void matchWaiting(String crn, String pnc, ReceivedEvent event) {
        CommandMetadata metadata = CommandMetadata.causedBy(Actor.system("reporting-service"), event.causationId(),
                event.correlationId());
        for (ReportRecord waiting : ReportRecord.<ReportRecord>list("crn is null and pnc = ?1", pnc)) {
            reports.match(waiting.reportId, ExpectedVersion.any(), crn, "PNC " + pnc + " registered in case-service",
                    metadata);
        }
    }

    record Described(String section, String text) {
    }

    /** A fact in words a court reads, from the event's published fields (the publishers' asyncapi.yaml). */
    static Optional<Described> describe(String type, JsonNode d) {
        return switch (type) {
            case "probation-case.person.registered" -> Optional.of(new Described(PERSONAL, join(
                    text(d, "firstName").orElse("") + " " + text(d, "lastName").orElse(""),
                    text(d, "dateOfBirth").map(b -> "born " + b), text(d, "pncNumber").map(p -> "PNC " + p))));
            case "probation-case.criminal-history.recorded" -> Optional.of(new Described(HISTORY, join(
                    d.path("previousSanctions").asInt() + " previous sanctions",
                    text(d, "firstSanctionDate").map(f -> "the first on " + f),
                    offences(d.path("previousOffences")))));
            case "probation-case.conviction.recorded" -> Optional.of(new Described(HISTORY, join("Convicted"
                    + text(d, "convictionDate").map(c -> " on " + c).orElse("")
                    + text(d, "court").map(c -> " at " + c).orElse(""),
                    text(d, "category").map(c -> "of " + c), text(d, "offenceCode").map(c -> "offence code " + c))));
            case "probation-case.sentence.recorded" -> Optional.of(new Described(ORDERS, join("Sentenced"
                    + text(d, "sentenceDate").map(s -> " on " + s).orElse("")
                    + text(d, "court").map(c -> " at " + c).orElse(""),
                    text(d, "lengthMonths").map(m -> m + " months"), text(d, "expectedEndDate").map(e -> "ending " + e))));
            case "probation-case.order.terminated" -> Optional.of(new Described(ORDERS, join("Order terminated",
                    text(d, "reason"))));
            case "probation-case.licence.recalled" -> Optional.of(new Described(ORDERS, join("Recalled to custody from "
                    + "licence", text(d, "reason"))));
            case "enforcement.warning.issued" -> Optional.of(new Described(ORDERS, join("Enforcement warning issued",
                    text(d, "reason"))));
            case "enforcement.breach.initiated" -> Optional.of(new Described(ORDERS, join("Breach proceedings initiated",
                    text(d, "rationale"))));
            case "enforcement.breach-decision.recorded" -> Optional.of(new Described(ORDERS, join("Breach decision: "
                    + text(d, "decision").orElse("recorded"), text(d, "rationale"))));
            case "risk-assessment.scores.determined" -> Optional.of(new Described(RISK, join("OGRS3 "
                    + d.path("ogrs3").path("oneYearPercent").asText("?") + "% at one year, "
                    + d.path("ogrs3").path("twoYearPercent").asText("?") + "% at two years",
                    text(d.path("ogrs3"), "band").map(b -> "band " + b))));
            case "risk-assessment.rosh.assessed" -> Optional.of(new Described(RISK, join("Risk of serious harm "
                    + text(d, "overallLevel").orElse("assessed"), levels(d.path("levels")),
                    text(d, "rationale").map(r -> "rationale: " + r))));
            case "tier.calculation.changed" -> Optional.of(new Described(RISK, join("Tier " + text(d, "tier").orElse("?"),
                    text(d, "previousTier").map(p -> "previously " + p))));
            default -> Optional.empty();
        };
    }

    private static Optional<String> levels(JsonNode levels) {
        List<String> groups = new ArrayList<>();
        levels.fields().forEachRemaining(e -> groups.add(e.getKey().toLowerCase().replace('_', ' ') + " "
                + e.getValue().asText()));
        return groups.isEmpty() ? Optional.empty() : Optional.of("to " + String.join(", ", groups));
    }

    private static Optional<String> offences(JsonNode offences) {
        List<String> codes = new ArrayList<>();
        offences.forEach(o -> codes.add(o.path("offenceCode").asText() + text(o, "convictionDate")
                .map(c -> " (" + c + ")").orElse("")));
        return codes.isEmpty() ? Optional.empty() : Optional.of("offences " + String.join(", ", codes));
    }

    @SafeVarargs
    private static String join(String first, Optional<String>... more) {
        List<String> parts = new ArrayList<>(List.of(first.strip()));
        for (Optional<String> part : more) {
            part.ifPresent(parts::add);
        }
        return parts.stream().filter(p -> !p.isBlank()).collect(Collectors.joining("; "));
    }

    private static Optional<String> text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty()
                : Optional.of(value.asText().strip());
    }

    /** The publishing service, from the CloudEvent's source ({@code /desist/case-service}). */
    private static String service(ReceivedEvent event) {
        return event.source().replaceFirst("^/desist/", "");
    }
}
