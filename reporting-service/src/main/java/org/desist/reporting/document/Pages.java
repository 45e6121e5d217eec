package org.desist.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Text laid out on A4 pages, the way reporting-service's documents share: headings and wrapped paragraphs, the
 * marking OFFICIAL-SENSITIVE at the head and foot of every page, "Page X of Y", a line of its own at the foot of each
 * page (a report's hash), and optionally a mark across every page.
 */
public final class Pages {

    public static final String MARKING = "OFFICIAL-SENSITIVE";

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

    private final List<Line> lines = new ArrayList<>();

    public Pages section(String title, String text) {
        heading(title, 12, 10);
        for (String paragraph : text.split("\\R")) {
            paragraph(paragraph, 0);
        }
        return this;
    }

    public Pages heading(String text, float size, float before) {
        lines.add(new Line(BOLD, size, printable(text), 0, before + 4));
        return this;
    }

    public Pages paragraph(String text, float indent) {
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
        return this;
    }

    /** The document: {@code footer} at the foot of every page, {@code mark} across every page when given. */
    public byte[] render(String title, String footer, Optional<String> mark) {
        List<List<Line>> pages = paginate(lines);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(printable(title));
            info.setSubject(MARKING);
            info.setProducer("Desist reporting-service");
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (mark.isPresent()) {
                        watermark(content, mark.get());
                    }
                    furniture(content, i + 1, pages.size(), printable(footer));
                    body(content, pages.get(i));
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + title, e);
        }
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

    private static void furniture(PDPageContentStream content, int number, int of, String footer) throws IOException {
        content.setNonStrokingColor(0f, 0f, 0f);
        float markWidth = width(BOLD, 10, MARKING);
        float centre = (PAGE.getWidth() - markWidth) / 2;
        text(content, BOLD, 10, centre, PAGE.getHeight() - MARGIN + 14, MARKING);
        text(content, BOLD, 10, centre, MARGIN - 26, MARKING);
        text(content, REGULAR, 7, MARGIN, MARGIN - 6, footer);
        String pageOf = "Page " + number + " of " + of;
        text(content, REGULAR, 8, PAGE.getWidth() - MARGIN - width(REGULAR, 8, pageOf), MARGIN - 6, pageOf);
    }

    private static void watermark(PDPageContentStream content, String mark) throws IOException {
        PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(0.25f);
        content.saveGraphicsState();
        content.setGraphicsStateParameters(faint);
        content.setNonStrokingColor(0.8f, 0f, 0f);
        // Level, not slanted, so that a reader extracting the text finds the words whole.
        float size = 34;
        text(content, BOLD, size, (PAGE.getWidth() - width(BOLD, size, mark)) / 2, PAGE.getHeight() / 2, mark);
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
            } else if (ENCODABLE.computeIfAbsent(c, Pages::encodable)) {
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
