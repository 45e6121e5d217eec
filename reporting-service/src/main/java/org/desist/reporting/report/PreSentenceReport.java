package org.desist.reporting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.RuleViolated;
import org.desist.reporting.report.ReportEvent.AuthorAssigned;
import org.desist.reporting.report.ReportEvent.DangerousnessCountersigned;
import org.desist.reporting.report.ReportEvent.DefendantMatched;
import org.desist.reporting.report.ReportEvent.DraftWritten;
import org.desist.reporting.report.ReportEvent.ReportAcknowledged;
import org.desist.reporting.report.ReportEvent.ReportApproved;
import org.desist.reporting.report.ReportEvent.ReportRequested;
import org.desist.reporting.report.ReportEvent.ReportReturned;
import org.desist.reporting.report.ReportEvent.ReportSigned;
import org.desist.reporting.report.ReportEvent.ReportSubmitted;
import org.desist.reporting.report.ReportEvent.RevisionStarted;

/**
 * A pre-sentence report (003_312b5d3bb464462d.txt; 004_65e84e6534087b6f.txt 1: reports that help courts sentence):
 * requested, matched to a person, allocated, drafted, submitted, approved (or returned), countersigned when it is a
 * dangerousness report, signed — after which that version never changes, and a change is a new version with a reason.
 * {@code version} is the version being written, or the last signed one.
 */
public record PreSentenceReport(Optional<ReportRequested> request, Optional<String> crn, Stage stage,
        Optional<String> author, Optional<Draft> draft, int version, Optional<ReportApproved> approval,
        Optional<DangerousnessCountersigned> countersignature, Optional<String> returnedWith,
        Optional<String> revisionReason, List<ReportSigned> signed, List<ReportAcknowledged> acknowledgements) {

    public static final String STREAM_TYPE = "report";

    public static final PreSentenceReport NONE = new PreSentenceReport(Optional.empty(), Optional.empty(),
            Stage.AWAITING_MATCH, Optional.empty(), Optional.empty(), 1, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), List.of());

    public static final Aggregate<PreSentenceReport, ReportEvent> AGGREGATE = new Aggregate<>(ReportEvent.class, NONE,
            PreSentenceReport::evolve);

    public static StreamId stream(UUID reportId) {
        return StreamId.of(STREAM_TYPE, reportId.toString());
    }

    static PreSentenceReport evolve(PreSentenceReport s, ReportEvent event) {
        return switch (event) {
            case ReportRequested r -> new PreSentenceReport(Optional.of(r), r.crn(),
                    r.crn().isPresent() ? Stage.AWAITING_AUTHOR : Stage.AWAITING_MATCH, s.author, s.draft, s.version,
                    s.approval, s.countersignature, s.returnedWith, s.revisionReason, s.signed, s.acknowledgements);
            case DefendantMatched m -> new PreSentenceReport(s.request, Optional.of(m.crn()),
                    s.author.isPresent() ? s.stage : Stage.AWAITING_AUTHOR, s.author, s.draft, s.version, s.approval,
                    s.countersignature, s.returnedWith, s.revisionReason, s.signed, s.acknowledgements);
            case AuthorAssigned a -> new PreSentenceReport(s.request, s.crn,
                    s.stage == Stage.AWAITING_AUTHOR ? Stage.DRAFTING : s.stage, Optional.of(a.staffId()), s.draft,
                    s.version, s.approval, s.countersignature, s.returnedWith, s.revisionReason, s.signed,
                    s.acknowledgements);
            case DraftWritten d -> new PreSentenceReport(s.request, s.crn, s.stage, s.author, Optional.of(d.draft()),
                    s.version, s.approval, s.countersignature, s.returnedWith, s.revisionReason, s.signed,
                    s.acknowledgements);
            case ReportSubmitted u -> new PreSentenceReport(s.request, s.crn, Stage.SUBMITTED, s.author, s.draft,
                    s.version, Optional.empty(), s.countersignature, Optional.empty(), s.revisionReason, s.signed,
                    s.acknowledgements);
            case ReportReturned r -> new PreSentenceReport(s.request, s.crn, Stage.DRAFTING, s.author, s.draft,
                    s.version, Optional.empty(), Optional.empty(), Optional.of(r.comments()), s.revisionReason,
                    s.signed, s.acknowledgements);
            case ReportApproved a -> new PreSentenceReport(s.request, s.crn, Stage.APPROVED, s.author, s.draft,
                    s.version, Optional.of(a), s.countersignature, Optional.empty(), s.revisionReason, s.signed,
                    s.acknowledgements);
            case DangerousnessCountersigned c -> new PreSentenceReport(s.request, s.crn, s.stage, s.author, s.draft,
                    s.version, s.approval, Optional.of(c), s.returnedWith, s.revisionReason, s.signed,
                    s.acknowledgements);
            case ReportSigned signing -> new PreSentenceReport(s.request, s.crn, Stage.SIGNED, s.author, s.draft,
                    s.version, s.approval, s.countersignature, Optional.empty(), s.revisionReason,
                    append(s.signed, signing), s.acknowledgements);
            case RevisionStarted r -> new PreSentenceReport(s.request, s.crn, Stage.DRAFTING, s.author, s.draft,
                    r.version(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(r.reason()),
                    s.signed, s.acknowledgements);
            case ReportAcknowledged a -> new PreSentenceReport(s.request, s.crn, s.stage, s.author, s.draft, s.version,
                    s.approval, s.countersignature, s.returnedWith, s.revisionReason, s.signed,
                    append(s.acknowledgements, a));
        };
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return List.copyOf(longer);
    }

    // ---- decisions -------------------------------------------------------------------------------------------

    static List<ReportEvent> request(UUID reportId, CourtRequest request, LocalDate requestedOn, LocalDate dueDate,
            ReportEvent.Via via) {
        return List.of(new ReportRequested(reportId, request.court().strip(), request.hearingDate(), request.crn(),
                request.pnc(), request.defendantName(), request.charges(), request.reportType(), requestedOn, dueDate,
                via));
    }

    List<ReportEvent> match(UUID reportId, String crn, String how) {
        if (this.crn.isPresent()) {
            throw new RuleViolated("defendant-already-matched", "report " + reportId + " is already about "
                    + this.crn.get(), null);
        }
        return List.of(new DefendantMatched(reportId, crn, how));
    }

    List<ReportEvent> assign(UUID reportId, String staffId) {
        if (stage == Stage.SIGNED) {
            throw new RuleViolated("report-signed", "report " + reportId + " version " + version
                    + " is signed: start a revision before anyone else writes it", null);
        }
        if (author.equals(Optional.of(staffId))) {
            return List.of();
        }
        return List.of(new AuthorAssigned(reportId, staffId));
    }

    List<ReportEvent> write(UUID reportId, String writer, Draft draft) {
        mustBeAuthor(reportId, writer);
        if (stage != Stage.DRAFTING) {
            throw new RuleViolated(stage == Stage.SIGNED ? "report-signed" : "report-not-in-drafting", "report "
                    + reportId + " is " + stage + (stage == Stage.SIGNED
                            ? ": a signed version never changes; start a revision with a reason"
                            : ": it is written only while drafting (after a return, or before submission)"), null);
        }
        return List.of(new DraftWritten(reportId, version, draft.checked()));
    }

    List<ReportEvent> submit(UUID reportId, String writer) {
        mustBeAuthor(reportId, writer);
        if (stage != Stage.DRAFTING) {
            throw new RuleViolated("report-not-in-drafting", "report " + reportId + " is " + stage
                    + ": only a draft being written is submitted", null);
        }
        if (draft.isEmpty()) {
            throw new RuleViolated("draft-missing", "report " + reportId + " has no draft yet: write it first", null);
        }
        return List.of(new ReportSubmitted(reportId, version));
    }

    List<ReportEvent> approve(UUID reportId, String senior) {
        mustBeSubmitted(reportId);
        // Quality assurance is a second pair of eyes: never the author's own.
        if (author.equals(Optional.of(senior))) {
            throw new RuleViolated("own-report", "the author of report " + reportId + " cannot quality-assure it", null);
        }
        return List.of(new ReportApproved(reportId, version, senior));
    }

    List<ReportEvent> giveBack(UUID reportId, String senior, String comments) {
        mustBeSubmitted(reportId);
        if (author.equals(Optional.of(senior))) {
            throw new RuleViolated("own-report", "the author of report " + reportId + " cannot quality-assure it", null);
        }
        return List.of(new ReportReturned(reportId, version, comments));
    }

    List<ReportEvent> countersign(UUID reportId, String senior, String rationale) {
        if (stage != Stage.SUBMITTED && stage != Stage.APPROVED) {
            throw new RuleViolated("report-not-submitted", "report " + reportId + " is " + stage
                    + ": a countersignature is given to a submitted draft", null);
        }
        if (!draft.map(Draft::dangerousnessReport).orElse(false)) {
            throw new RuleViolated("not-a-dangerousness-report", "report " + reportId
                    + " is not marked as a dangerousness report: it needs no countersignature", null);
        }
        if (author.equals(Optional.of(senior))) {
            throw new RuleViolated("own-report", "the author of report " + reportId + " cannot countersign it", null);
        }
        return List.of(new DangerousnessCountersigned(reportId, version, senior, rationale));
    }

    /** Signing stores the signed version whole, with its hash; the delivery follows in the same transaction. */
    List<ReportEvent> sign(UUID reportId, String writer, List<Fact> facts) {
        mustBeAuthor(reportId, writer);
        if (stage != Stage.APPROVED) {
            throw new RuleViolated(stage == Stage.SIGNED ? "report-signed" : "report-not-approved", "report " + reportId
                    + " is " + stage + ": only a version a senior approved is signed", null);
        }
        if (crn.isEmpty()) {
            throw new RuleViolated("defendant-not-matched", "report " + reportId
                    + " is not yet matched to a person (CRN): court liaison matches it first", null);
        }
        if (draft.get().dangerousnessReport() && countersignature.isEmpty()) {
            throw new RuleViolated("countersignature-required", "report " + reportId
                    + " is a dangerousness report: a senior countersigns it before it is signed", null);
        }
        CourtReport report = courtReport(reportId, facts);
        return List.of(new ReportSigned(reportId, report, ReportHash.of(report)));
    }

    /** A change after signing: the signed version stays as it was; the next one is written, signed and delivered. */
    List<ReportEvent> revise(UUID reportId, String writer, String reason) {
        mustBeAuthor(reportId, writer);
        if (stage != Stage.SIGNED) {
            throw new RuleViolated("report-not-signed", "report " + reportId + " is " + stage
                    + ": it is still being written, so change the draft instead", null);
        }
        return List.of(new RevisionStarted(reportId, version + 1, reason));
    }

    List<ReportEvent> acknowledge(UUID reportId, Optional<Integer> receivedVersion, String by, ReportEvent.Via via) {
        if (signed.isEmpty()) {
            throw new RuleViolated("report-not-delivered", "report " + reportId + " has not been delivered yet", null);
        }
        int latest = signed.getLast().report().version();
        int acknowledged = receivedVersion.orElse(latest);
        if (acknowledged < 1 || acknowledged > latest) {
            throw new RuleViolated("version-not-delivered", "report " + reportId + " version " + acknowledged
                    + " was never delivered; the latest is " + latest, null);
        }
        // A receipt the court sends twice (or by both routes) is one acknowledgement.
        if (acknowledgements.stream().anyMatch(a -> a.version() == acknowledged)) {
            return List.of();
        }
        return List.of(new ReportAcknowledged(reportId, acknowledged, by, via));
    }

    /** The version being written, as it would be delivered now: what a draft's document shows. */
    public CourtReport courtReport(UUID reportId, List<Fact> facts) {
        ReportRequested r = request.orElseThrow();
        return new CourtReport(reportId, version, crn.orElse("UNMATCHED"), r.court(), r.hearingDate(), r.reportType(),
                r.charges(), draft.orElseThrow(), facts, author.orElse(""),
                countersignature.map(DangerousnessCountersigned::countersignedBy), revisionReason);
    }

    public Optional<ReportSigned> latestSigned() {
        return signed.isEmpty() ? Optional.empty() : Optional.of(signed.getLast());
    }

    public Optional<ReportSigned> signedVersion(int wanted) {
        return signed.stream().filter(s -> s.report().version() == wanted).findFirst();
    }

    public boolean acknowledged(int wanted) {
        return acknowledgements.stream().anyMatch(a -> a.version() == wanted);
    }

    private void mustBeAuthor(UUID reportId, String writer) {
        if (!author.equals(Optional.of(writer))) {
            throw new NotTheAuthor("only the report's author" + author.map(a -> " (" + a + ")").orElse("")
                    + " writes, submits, signs or revises report " + reportId);
        }
    }

    private void mustBeSubmitted(UUID reportId) {
        if (stage != Stage.SUBMITTED) {
            throw new RuleViolated("report-not-submitted", "report " + reportId + " is " + stage
                    + ": quality assurance is of a submitted draft", null);
        }
    }
}
