package org.desist.reporting.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;

/**
 * A pre-sentence report's life in its own stream (type {@code report}), never published: drafts and their quality
 * assurance stay here. What the court receives is the delivery a signing causes (CourtReportEvent).
 */
public sealed interface ReportEvent {

    /** How a request came: from court liaison over REST, or from a court system's hearing result. */
    enum Via {
        COURT_LIAISON,
        COURT_SYSTEM
    }

    @EventType("pre-sentence.report.requested")
    record ReportRequested(UUID reportId, String court, LocalDate hearingDate, Optional<String> crn,
            Optional<String> pnc, Optional<String> defendantName, List<String> charges, ReportType reportType,
            LocalDate requestedOn, LocalDate dueDate, Via via) implements ReportEvent {
    }

    @EventType("pre-sentence.report.defendant-matched")
    record DefendantMatched(UUID reportId, String crn, String how) implements ReportEvent {
    }

    @EventType("pre-sentence.report.author-assigned")
    record AuthorAssigned(UUID reportId, String staffId) implements ReportEvent {
    }

    @EventType("pre-sentence.report.draft-written")
    record DraftWritten(UUID reportId, int version, Draft draft) implements ReportEvent {
    }

    @EventType("pre-sentence.report.submitted")
    record ReportSubmitted(UUID reportId, int version) implements ReportEvent {
    }

    @EventType("pre-sentence.report.returned")
    record ReportReturned(UUID reportId, int version, String comments) implements ReportEvent, Judgement {
        @Override
        public String rationale() {
            return comments;
        }
    }

    @EventType("pre-sentence.report.approved")
    record ReportApproved(UUID reportId, int version, String approvedBy) implements ReportEvent {
    }

    @EventType("pre-sentence.report.countersigned")
    record DangerousnessCountersigned(UUID reportId, int version, String countersignedBy, String rationale)
            implements ReportEvent, Judgement {
    }

    /** The signed version, whole, with its SHA-256: it never changes afterwards. */
    @EventType("pre-sentence.report.signed")
    record ReportSigned(UUID reportId, CourtReport report, String sha256) implements ReportEvent {
    }

    /** A change after signing: the next version, with the reason, to be signed and delivered again. */
    @EventType("pre-sentence.report.revision-started")
    record RevisionStarted(UUID reportId, int version, String reason) implements ReportEvent, Judgement {
        @Override
        public String rationale() {
            return reason;
        }
    }

    @EventType("pre-sentence.report.acknowledged")
    record ReportAcknowledged(UUID reportId, int version, String by, Via via) implements ReportEvent {
    }
}
