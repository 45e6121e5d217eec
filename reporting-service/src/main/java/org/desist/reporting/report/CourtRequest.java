package org.desist.reporting.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A court's request for a report, however it came (REST or a hearing result): who, which hearing, which charges. */
public record CourtRequest(String court, LocalDate hearingDate, Optional<String> crn, Optional<String> pnc,
        Optional<String> defendantName, List<String> charges, ReportType reportType) {

    public CourtRequest {
        crn = crn == null ? Optional.empty() : crn;
        pnc = pnc == null ? Optional.empty() : pnc;
        defendantName = defendantName == null ? Optional.empty() : defendantName;
        charges = List.copyOf(charges);
    }
}
