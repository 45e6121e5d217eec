package org.desist.reporting.request;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.consume.InboundHandler;
import org.desist.eventstore.consume.Inbox;
import org.desist.eventstore.consume.MalformedEvent;
import org.desist.eventstore.consume.ReceivedEvent;
import org.desist.reporting.report.CourtRequest;
import org.desist.reporting.report.ReportEvent;
import org.desist.reporting.report.ReportType;
import org.desist.reporting.report.Reports;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Court systems' events on {@code desist.court-hearings}: a hearing resulted in a request for a report opens one (its
 * id named by the event, so a redelivery can never open a second); the court's receipt of a delivered report
 * acknowledges it. A defendant nobody knows is a request waiting to be matched, never dropped.
 */
@ApplicationScoped
public class CourtHearingsConsumer implements InboundHandler {

    static final String CONSUMER = "reporting-service:court-hearings";
    public static final String HEARING_RESULTED = "court.hearing.resulted";
    public static final String REPORT_RECEIVED = "court.report.received";
    private static final Set<String> WANTED = Set.of(HEARING_RESULTED, REPORT_RECEIVED);

    private final Inbox inbox;
    private final Reports reports;

    CourtHearingsConsumer(Inbox inbox, Reports reports) {
        this.inbox = inbox;
        this.reports = reports;
    }

    @Incoming("court-hearings")
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
        return WANTED.contains(type);
    }

    @Override
    public void handle(ReceivedEvent event) {
        CommandMetadata metadata = CommandMetadata.causedBy(Actor.system("reporting-service"), event.causationId(),
                event.correlationId());
        JsonNode data = event.data();
        if (event.type().equals(REPORT_RECEIVED)) {
            UUID reportId = uuid(event, text(data, "reportId").orElseThrow(() -> missing(event, "reportId")));
            Optional<Integer> version = data.hasNonNull("version") ? Optional.of(data.get("version").asInt())
                    : Optional.empty();
            reports.acknowledge(reportId, version, ReportEvent.Via.COURT_SYSTEM, metadata);
            return;
        }
        if (!"REPORT_REQUESTED".equals(data.path("outcome").asText())) {
            return; // other outcomes ask nothing of probation's reports
        }
        reports.request(reportId(event), request(event), ReportEvent.Via.COURT_SYSTEM, metadata);
    }

    /** The same hearing event always names the same report. */
    static UUID reportId(ReceivedEvent event) {
        return UUID.nameUUIDFromBytes(("court.hearing.resulted\n" + event.source() + "\n" + event.id())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static CourtRequest request(ReceivedEvent event) {
        JsonNode data = event.data();
        String court = text(data, "court").orElseThrow(() -> missing(event, "court"));
        LocalDate hearingDate = text(data, "hearingDate").map(d -> date(event, d))
                .orElseThrow(() -> missing(event, "hearingDate"));
        ReportType type = text(data, "reportType").map(t -> reportType(event, t)).orElse(ReportType.STANDARD);
        List<String> charges = new ArrayList<>();
        data.path("charges").forEach(charge -> charges.add(charge.asText()));
        if (charges.isEmpty()) {
            throw missing(event, "charges");
        }
        Optional<String> crn = text(data, "crn").or(() -> event.subject())
                .filter(c -> c.matches(CourtRequestResource.CRN));
        return new CourtRequest(court, hearingDate, crn, text(data, "pnc").or(() -> text(data, "pncNumber")),
                text(data, "defendantName"), charges, type);
    }

    private static Optional<String> text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty()
                : Optional.of(value.asText().strip());
    }

    private static LocalDate date(ReceivedEvent event, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedEvent(event.type() + " " + event.id() + ": hearingDate '" + value + "' is not a date");
        }
    }

    private static ReportType reportType(ReceivedEvent event, String value) {
        try {
            return ReportType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent(event.type() + " " + event.id() + ": reportType '" + value
                    + "' is none of ORAL, SHORT_FORMAT, STANDARD");
        }
    }

    private static UUID uuid(ReceivedEvent event, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent(event.type() + " " + event.id() + ": reportId '" + value + "' is not a report id");
        }
    }

    private static MalformedEvent missing(ReceivedEvent event, String field) {
        return new MalformedEvent(event.type() + " " + event.id() + " from " + event.source() + " has no " + field
                + ": the court-hearings contract (reporting-service's asyncapi.yaml) requires it");
    }
}
