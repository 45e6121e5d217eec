package org.desist.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.desist.reporting.report.CourtReport;
import org.desist.reporting.report.Draft;
import org.desist.reporting.report.Fact;
import org.desist.reporting.report.Proposal;
import org.desist.reporting.report.ReportHash;
import org.desist.reporting.report.ReportType;
import org.junit.jupiter.api.Test;

/** The court's PDF, rendered and read back with PDFBox: A4, marked, numbered, and its hash on every page. */
class ReportDocumentTest {

    private static CourtReport report(String analysis) {
        Draft draft = new Draft(analysis, "Medium risk of serious harm to the public.", "Ashamed — wants help. ✓ ünïcode",
                new Proposal("COMMUNITY_ORDER", List.of("UNPAID_WORK 120 hours"), Optional.of("structure"),
                        Optional.of("a fine"), Optional.of(false), Optional.empty()), Optional.empty(),
                Optional.of(List.of("interview")), Optional.empty());
        return new CourtReport(UUID.randomUUID(), 1, "K123456", "Leeds Magistrates' Court", LocalDate.of(2027, 3, 1),
                ReportType.STANDARD, List.of("theft"), draft, List.of(new Fact("Current risk", "Tier B2",
                        new Fact.Source("risk-service", "K123456", 4, "tier.calculation.changed"))), "officer",
                Optional.empty(), Optional.empty());
    }

    @Test
    void everyPageOfADraftIsMarkedNotForCourt_withTheMarkingPageOfAndHash() throws Exception {
        CourtReport draft = report("A long analysis. ".repeat(900) + "x".repeat(300));
        String hash = ReportHash.of(draft);

        try (PDDocument pdf = Loader.loadPDF(ReportDocument.render(draft, hash, true))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int page = 1; page <= pages; page++) {
                PDPage p = pdf.getPage(page - 1);
                assertThat(p.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(p.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
                String text = text(pdf, page);
                assertThat(text).contains(ReportDocument.MARKING, "Page " + page + " of " + pages, hash,
                        ReportDocument.DRAFT_MARK);
            }
        }
    }

    @Test
    void aSignedVersionCarriesNoDraftMark_andTheFactsCiteTheirSource() throws Exception {
        CourtReport signed = report("Took goods worth £80 while intoxicated.");
        String hash = ReportHash.of(signed);

        try (PDDocument pdf = Loader.loadPDF(ReportDocument.render(signed, hash, false))) {
            String text = text(pdf, 1);
            assertThat(text).contains(ReportDocument.MARKING, "Page 1 of 1", hash, "£80", "Tier B2",
                    "risk-service, stream K123456, version 4").doesNotContain("NOT FOR COURT");
        }
    }

    private static String text(PDDocument pdf, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
