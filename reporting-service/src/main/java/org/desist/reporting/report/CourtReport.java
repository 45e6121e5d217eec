package org.desist.reporting.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The structured report as the court receives it, and what its SHA-256 is taken over (ReportHash): the request, the
 * author's text, the facts the platform supplied with their sources, who signed, and why a revision was made.
 */
public record CourtReport(UUID reportId, int version, String crn, String court, LocalDate hearingDate,
        ReportType reportType, List<String> charges, Draft draft, List<Fact> facts, String author,
        Optional<String> countersignedBy, Optional<String> revisionReason) {

    public CourtReport {
        charges = List.copyOf(charges);
        facts = List.copyOf(facts);
        countersignedBy = countersignedBy == null ? Optional.empty() : countersignedBy;
        revisionReason = revisionReason == null ? Optional.empty() : revisionReason;
    }
}
