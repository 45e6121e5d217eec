package org.desist.reporting.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A request and its report as court liaison and seniors list them, with whether it is overdue. */
public record ReportSummary(UUID reportId, String court, LocalDate hearingDate, Optional<String> crn,
        Optional<String> pnc, Optional<String> defendantName, List<String> charges, ReportType reportType,
        ReportEvent.Via via, Instant requestedAt, LocalDate dueDate, boolean overdue, Stage stage,
        Optional<String> author, int version, Optional<Integer> deliveredVersion, Optional<Instant> deliveredAt,
        Optional<Integer> acknowledgedVersion, Optional<Instant> acknowledgedAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ReportSummary of(ReportRecord row, LocalDate today) {
        return new ReportSummary(row.reportId, row.court, row.hearingDate, Optional.ofNullable(row.crn),
                Optional.ofNullable(row.pnc), Optional.ofNullable(row.defendantName), charges(row.charges),
                ReportType.valueOf(row.reportType), ReportEvent.Via.valueOf(row.via), row.requestedAt, row.dueDate,
                DueDates.overdue(row.dueDate, row.hearingDate, row.deliveredVersion != null && "SIGNED".equals(row.stage),
                        today), Stage.valueOf(row.stage), Optional.ofNullable(row.author), row.version,
                Optional.ofNullable(row.deliveredVersion), Optional.ofNullable(row.deliveredAt),
                Optional.ofNullable(row.acknowledgedVersion), Optional.ofNullable(row.acknowledgedAt));
    }

    /** The rows a Panache query selects, as summaries. */
    public static List<ReportSummary> list(String query, Object... parameters) {
        LocalDate today = LocalDate.now();
        return ReportRecord.<ReportRecord>list(query, parameters).stream().map(r -> of(r, today)).toList();
    }

    private static List<String> charges(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the reports table holds charges that are not a JSON list", e);
        }
    }
}
