package org.desist.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.desist.reporting.report.CourtReport;
import org.desist.reporting.report.Draft;
import org.desist.reporting.report.Fact;
import org.desist.reporting.report.Proposal;

/**
 * The report as a court files it: an A4 PDF marked OFFICIAL-SENSITIVE at the head and foot of every page, numbered
 * "Page X of Y", with the version's SHA-256 on every page (so any page can be checked against the delivered event),
 * and "DRAFT — NOT FOR COURT" across every page of a version not yet signed.
 */
public final class ReportDocument {

    public static final String MARKING = "OFFICIAL-SENSITIVE";
    public static final String DRAFT_MARK = "DRAFT \u2014 NOT FOR COURT";

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float TOP = PAGE.getHeight() - MARGIN - 18;
    private static final float BOTTOM = MARGIN + 30;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final Map<Integer, Boolean> ENCODABLE = new ConcurrentHashMap<>();

    /** One laid-out line of text. */
    private record Line(PDType1Font font, float size, String text, float indent, float before) {
    }

    private ReportDocument() {
    }

    public static byte[] render(CourtReport report, String sha256, boolean draft) {
        List<List<Line>> pages = paginate(layout(report, draft));
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Pre-sentence report " + report.reportId() + " version " + report.version());
            info.setSubject(MARKING);
            info.setProducer("Desist reporting-service");
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (draft) {
                        watermark(content);
                    }
                    furniture(content, i + 1, pages.size(), sha256);
                    body(content, pages.get(i));
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render report " + report.reportId(), e);
        }
    }

    private static List<Line> layout(CourtReport r, boolean draft) {
        List<Line> lines = new ArrayList<>();
        heading(lines, "Pre-sentence report" + (draft ? " (draft)" : ""), 16, 0);
        paragraph(lines, "Report " + r.reportId() + ", version " + r.version(), 0);
        paragraph(lines, "Court: " + r.court() + "; hearing on " + r.hearingDate(), 0);
        paragraph(lines, "Case reference (CRN): " + r.crn() + "; report type: " + r.reportType(), 0);
        paragraph(lines, "Author: " + r.author() + r.countersignedBy().map(c -> "; countersigned by " + c).orElse(""), 0);
        r.revisionReason().ifPresent(reason -> paragraph(lines, "Revised after signing: " + reason, 0));
        heading(lines, "Charges", 12, 10);
        r.charges().forEach(charge -> paragraph(lines, "\u2022 " + charge, 10));

        Draft d = r.draft();
        section(lines, "Offence analysis", d.offenceAnalysis());
        d.attitude().ifPresent(text -> section(lines, "Attitude and behaviour", text));
        section(lines, "Assessment, including risk", d.assessment());
        if (!r.facts().isEmpty()) {
            heading(lines, "What the probation service's records show", 12, 10);
            for (Fact fact : r.facts()) {
                paragraph(lines, "\u2022 " + fact.section() + ": " + fact.text() + " [source: " + fact.source().service()
                        + ", stream " + fact.source().stream() + ", version " + fact.source().version() + ", "
                        + fact.source().eventType() + "]", 10);
            }
        }
        section(lines, "The person's own view", d.personView());
        Proposal p = d.proposal();
        heading(lines, "Sentencing proposal", 12, 10);
        paragraph(lines, "Proposed sentence: " + p.sentenceType(), 0);
        p.requirements().forEach(requirement -> paragraph(lines, "\u2022 " + requirement, 10));
        p.rationale().ifPresent(text -> paragraph(lines, "Rationale: " + text, 0));
        p.alternativesConsidered().ifPresent(text -> paragraph(lines, "Alternatives considered: " + text, 0));
        paragraph(lines, "Custody possible: " + (p.custody() ? "yes" : "no"), 0);
        p.impactStatement().ifPresent(text -> paragraph(lines, "Impact of custody: " + text, 0));
        d.sources().filter(s -> !s.isEmpty()).ifPresent(sources -> {
            heading(lines, "Sources of information", 12, 10);
            sources.forEach(source -> paragraph(lines, "\u2022 " + source, 10));
        });
        if (d.dangerousnessReport()) {
            paragraph(lines, "This report includes an assessment of dangerousness.", 0);
        }
        return lines;
    }

    private static void section(List<Line> lines, String title, String text) {
        heading(lines, title, 12, 10);
        for (String paragraph : text.split("\\R")) {
            paragraph(lines, paragraph, 0);
        }
    }

    private static void heading(List<Line> lines, String text, float size, float before) {
        lines.add(new Line(BOLD, size, printable(text), 0, before + 4));
    }

    private static void paragraph(List<Line> lines, String text, float indent) {
        float size = 10;
        float available = WIDTH - indent;
        StringBuilder current = new StringBuilder();
        boolean first = true;
        for (String word : printable(text).split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(REGULAR, size, candidate) > available && !current.isEmpty()) {
                lines.add(new Line(REGULAR, size, current.toString(), indent, first ? 3 : 0));
                first = false;
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
            // A word longer than the line is broken where it must be.
            while (width(REGULAR, size, current.toString()) > available && current.length() > 1) {
                int fit = current.length() - 1;
                while (fit > 1 && width(REGULAR, size, current.substring(0, fit)) > available) {
                    fit--;
                }
                lines.add(new Line(REGULAR, size, current.substring(0, fit), indent, first ? 3 : 0));
                first = false;
                current = new StringBuilder(current.substring(fit));
            }
        }
        lines.add(new Line(REGULAR, size, current.toString(), indent, first ? 3 : 0));
    }

    private static List<List<Line>> paginate(List<Line> lines) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        float y = TOP;
        for (Line line : lines) {
            float height = line.before() + line.size() * 1.3f;
            if (y - height < BOTTOM && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                y = TOP;
            }
            page.add(line);
            y -= height;
        }
        pages.add(page);
        return pages;
    }

    private static void body(PDPageContentStream content, List<Line> lines) throws IOException {
        float y = TOP;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (Line line : lines) {
            y -= line.before() + line.size() * 1.3f;
            text(content, line.font(), line.size(), MARGIN + line.indent(), y, line.text());
        }
    }

    private static void furniture(PDPageContentStream content, int number, int of, String sha256) throws IOException {
        content.setNonStrokingColor(0f, 0f, 0f);
        float markWidth = width(BOLD, 10, MARKING);
        float centre = (PAGE.getWidth() - markWidth) / 2;
        text(content, BOLD, 10, centre, PAGE.getHeight() - MARGIN + 14, MARKING);
        text(content, BOLD, 10, centre, MARGIN - 26, MARKING);
        text(content, REGULAR, 7, MARGIN, MARGIN - 6, "SHA-256 " + sha256);
        String pageOf = "Page " + number + " of " + of;
        text(content, REGULAR, 8, PAGE.getWidth() - MARGIN - width(REGULAR, 8, pageOf), MARGIN - 6, pageOf);
    }

    private static void watermark(PDPageContentStream content) throws IOException {
        PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(0.25f);
        content.saveGraphicsState();
        content.setGraphicsStateParameters(faint);
        content.setNonStrokingColor(0.8f, 0f, 0f);
        // Level, not slanted, so that a reader extracting the text finds the words whole.
        float size = 34;
        text(content, BOLD, size, (PAGE.getWidth() - width(BOLD, size, DRAFT_MARK)) / 2, PAGE.getHeight() / 2, DRAFT_MARK);
        content.restoreGraphicsState();
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static float width(PDType1Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard fonts hold Windows-1252's characters: any other is shown as '?', never an error. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t' || Character.isWhitespace(c)) {
                out.append(' ');
            } else if (ENCODABLE.computeIfAbsent(c, ReportDocument::encodable)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean encodable(int codePoint) {
        try {
            REGULAR.encode(new String(Character.toChars(codePoint)));
            BOLD.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
