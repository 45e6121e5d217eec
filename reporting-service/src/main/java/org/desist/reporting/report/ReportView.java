package org.desist.reporting.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.reporting.report.ReportEvent.DangerousnessCountersigned;
import org.desist.reporting.report.ReportEvent.ReportRequested;

/**
 * A report as its reader may see it: the author and seniors see the draft and the facts it is pre-filled with; court
 * liaison sees the request and the signed versions, never a draft.
 */
public record ReportView(UUID reportId, Stage stage, Optional<String> crn, String court, LocalDate hearingDate,
        ReportType reportType, List<String> charges, LocalDate dueDate, boolean overdue, Optional<String> author,
        int version, Optional<Draft> draft, List<Fact> facts, Optional<String> returnedWith,
        Optional<String> revisionReason, Optional<String> countersignedBy, List<SignedVersion> signedVersions) {

    /** A delivered version: its hash, and whether the court has acknowledged it. */
    public record SignedVersion(int version, String sha256, boolean acknowledged) {
    }

    static ReportView of(UUID reportId, PreSentenceReport r, boolean withDraft, List<Fact> facts, LocalDate today) {
        ReportRequested request = r.request().orElseThrow();
        return new ReportView(reportId, r.stage(), r.crn(), request.court(), request.hearingDate(),
                request.reportType(), request.charges(), request.dueDate(),
                DueDates.overdue(request.dueDate(), request.hearingDate(), r.stage() == Stage.SIGNED, today), r.author(),
                r.version(), withDraft ? r.draft() : Optional.empty(), withDraft ? facts : List.of(),
                withDraft ? r.returnedWith() : Optional.empty(), r.revisionReason(),
                r.countersignature().map(DangerousnessCountersigned::countersignedBy),
                r.signed().stream().map(s -> new SignedVersion(s.report().version(), s.sha256(),
                        r.acknowledged(s.report().version()))).toList());
    }
}
