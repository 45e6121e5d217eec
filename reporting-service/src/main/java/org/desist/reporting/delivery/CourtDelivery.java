package org.desist.reporting.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Policy;
import org.desist.reporting.delivery.CourtReportEvent.ReportDelivered;
import org.desist.reporting.report.CourtReport;
import org.desist.reporting.report.ReportEvent;
import org.desist.reporting.report.ReportEvent.ReportSigned;
import org.desist.reporting.report.ReportsConfig;

/**
 * Delivers each signed version to the court: in the signing's own transaction it appends the delivery to the person's
 * court-report stream, which the relay publishes — the signed report and its event commit together or not at all,
 * and nobody uploads anything by hand.
 */
@ApplicationScoped
public class CourtDelivery implements Policy<ReportEvent> {

    public static final String STREAM_TYPE = "court-report";

    private final CommandHandler commands;
    private final ReportsConfig config;

    CourtDelivery(CommandHandler commands, ReportsConfig config) {
        this.commands = commands;
        this.config = config;
    }

    public static StreamId stream(String crn) {
        return StreamId.of(STREAM_TYPE, crn);
    }

    @Override
    public Class<ReportEvent> family() {
        return ReportEvent.class;
    }

    @Override
    public void react(StoredEvent stored, ReportEvent event, CommandMetadata caused) {
        if (event instanceof ReportSigned signed) {
            CourtReport report = signed.report();
            ReportDelivered delivered = new ReportDelivered(report.reportId(), report.crn(), report.version(),
                    signed.sha256(), report.court(), report.hearingDate(), report.reportType(),
                    documentUrl(report), report.revisionReason(), report);
            commands.startOrUpdate(stream(report.crn()), history -> List.of(delivered), caused);
        }
    }

    private String documentUrl(CourtReport report) {
        return config.documentBaseUrl().replaceAll("/+$", "") + "/reports/" + report.reportId() + "/document?version="
                + report.version();
    }
}
