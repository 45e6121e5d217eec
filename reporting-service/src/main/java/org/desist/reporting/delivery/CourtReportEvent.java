package org.desist.reporting.delivery;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.reporting.report.CourtReport;
import org.desist.reporting.report.ReportType;

/**
 * What the court receives, in the person's court-report stream (keyed and subject-ed by CRN), the only stream type
 * reporting-service publishes: on {@code desist.court-reports}.
 */
public sealed interface CourtReportEvent {

    @EventType("pre-sentence.report.delivered")
    record ReportDelivered(UUID reportId, String crn, int version, String sha256, String court, LocalDate hearingDate,
            ReportType reportType, String documentUrl, Optional<String> revisionReason, CourtReport report)
            implements CourtReportEvent {
    }
}
