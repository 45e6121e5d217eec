package org.desist.reporting.document;

import java.util.Optional;
import org.desist.reporting.report.CourtReport;
import org.desist.reporting.report.Draft;
import org.desist.reporting.report.Fact;
import org.desist.reporting.report.Proposal;

/**
 * The report as a court files it: an A4 PDF marked OFFICIAL-SENSITIVE at the head and foot of every page, numbered
 * "Page X of Y", with the version's SHA-256 on every page (so any page can be checked against the delivered event),
 * and "DRAFT \u2014 NOT FOR COURT" across every page of a version not yet signed.
 */
public final class ReportDocument {

    public static final String MARKING = Pages.MARKING;
    public static final String DRAFT_MARK = "DRAFT \u2014 NOT FOR COURT";

    private ReportDocument() {
    }

    public static byte[] render(CourtReport report, String sha256, boolean draft) {
        return layout(report, draft).render("Pre-sentence report " + report.reportId() + " version " + report.version(),
                "SHA-256 " + sha256, draft ? Optional.of(DRAFT_MARK) : Optional.empty());
    }

    private static Pages layout(CourtReport r, boolean draft) {
        Pages lines = new Pages();
        lines.heading("Pre-sentence report" + (draft ? " (draft)" : ""), 16, 0);
        lines.paragraph("Report " + r.reportId() + ", version " + r.version(), 0);
        lines.paragraph("Court: " + r.court() + "; hearing on " + r.hearingDate(), 0);
        lines.paragraph("Case reference (CRN): " + r.crn() + "; report type: " + r.reportType(), 0);
        lines.paragraph("Author: " + r.author() + r.countersignedBy().map(c -> "; countersigned by " + c).orElse(""), 0);
        r.revisionReason().ifPresent(reason -> lines.paragraph("Revised after signing: " + reason, 0));
        lines.heading("Charges", 12, 10);
        r.charges().forEach(charge -> lines.paragraph("\u2022 " + charge, 10));

        Draft d = r.draft();
        lines.section("Offence analysis", d.offenceAnalysis());
        d.attitude().ifPresent(text -> lines.section("Attitude and behaviour", text));
        lines.section("Assessment, including risk", d.assessment());
        if (!r.facts().isEmpty()) {
            lines.heading("What the probation service's records show", 12, 10);
            for (Fact fact : r.facts()) {
                lines.paragraph("\u2022 " + fact.section() + ": " + fact.text() + " [source: " + fact.source().service()
                        + ", stream " + fact.source().stream() + ", version " + fact.source().version() + ", "
                        + fact.source().eventType() + "]", 10);
            }
        }
        lines.section("The person's own view", d.personView());
        Proposal p = d.proposal();
        lines.heading("Sentencing proposal", 12, 10);
        lines.paragraph("Proposed sentence: " + p.sentenceType(), 0);
        p.requirements().forEach(requirement -> lines.paragraph("\u2022 " + requirement, 10));
        p.rationale().ifPresent(text -> lines.paragraph("Rationale: " + text, 0));
        p.alternativesConsidered().ifPresent(text -> lines.paragraph("Alternatives considered: " + text, 0));
        lines.paragraph("Custody possible: " + (p.custody() ? "yes" : "no"), 0);
        p.impactStatement().ifPresent(text -> lines.paragraph("Impact of custody: " + text, 0));
        d.sources().filter(s -> !s.isEmpty()).ifPresent(sources -> {
            lines.heading("Sources of information", 12, 10);
            sources.forEach(source -> lines.paragraph("\u2022 " + source, 10));
        });
        if (d.dangerousnessReport()) {
            lines.paragraph("This report includes an assessment of dangerousness.", 0);
        }
        return lines;
    }
}
