package org.desist.reporting.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.desist.reporting.document.Pages;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestOpened;
import org.desist.reporting.subjectaccess.SubjectAccessRequest.Part;

/**
 * What the platform holds about the person, as one PDF: each service's records with who recorded them, who viewed the
 * record and when (the access log), and what was withheld and why.
 */
public final class SubjectAccessDocument {

    private SubjectAccessDocument() {
    }

    /** {@code contents}: each answered part's content, opened from its seal ({@link SubjectAccessRequests#contents}). */
    public static byte[] render(SubjectAccessRequest request, Map<String, JsonNode> contents) {
        RequestOpened opened = request.opened().orElseThrow();
        Pages pages = new Pages();
        pages.heading("Your personal data held by the probation service", 16, 0);
        pages.paragraph("Subject access request " + opened.requestId() + " for case reference (CRN) " + opened.crn()
                + ", received " + opened.requestedAt() + ", assembled from " + request.parts().size() + " services.", 0);
        pages.paragraph("This is everything the platform holds about you (UK GDPR article 15), with what others told "
                + "us about themselves left out or redacted; what was withheld, and why, is said under each service.", 0);
        for (Part part : request.parts().values()) {
            pages.heading(part.service(), 13, 12);
            switch (part.status()) {
                case NOT_KNOWN -> pages.paragraph(part.service() + " holds no record of you.", 0);
                case NOTHING_HELD -> pages.paragraph(part.service() + " knows you but holds nothing about you.", 0);
                case ANSWERED -> Optional.ofNullable(contents.get(part.service())).ifPresent(content -> answered(pages, content));
                case PENDING, FAILED -> pages.paragraph(part.service() + " did not answer: "
                        + part.reason().orElse("not yet"), 0);
            }
        }
        return pages.render("Subject access request " + opened.requestId(), "Subject access request "
                + opened.requestId() + " - CRN " + opened.crn(), Optional.empty());
    }

    private static void answered(Pages pages, JsonNode content) {
        JsonNode records = content.path("records");
        pages.heading("What it holds (" + records.size() + " records)", 11, 6);
        for (JsonNode record : records) {
            pages.paragraph("\u2022 " + record.path("recordedAt").asText() + "  " + record.path("what").asText()
                    + ", recorded by " + record.path("recordedBy").asText(), 0);
            fields(pages, "", record.path("details"));
        }
        JsonNode viewings = content.path("accessLog");
        pages.heading("Who viewed your record (" + viewings.size() + ")", 11, 6);
        for (JsonNode viewing : viewings) {
            pages.paragraph("\u2022 " + viewing.path("at").asText() + "  " + viewing.path("by").asText() + " read "
                    + viewing.path("part").asText() + " (" + viewing.path("operation").asText() + "): "
                    + (viewing.path("granted").asBoolean() ? "allowed" : "refused") + ", "
                    + viewing.path("basis").asText()
                    + (viewing.hasNonNull("purpose") ? "; purpose given: " + viewing.path("purpose").asText() : ""), 0);
        }
        JsonNode withheld = content.path("withheld");
        if (!withheld.isEmpty()) {
            pages.heading("Withheld, and why", 11, 6);
            withheld.forEach(reason -> pages.paragraph("\u2022 " + reason.asText(), 0));
        }
    }

    /** A record's details as "field: value" lines, nested fields by their path. */
    private static void fields(Pages pages, String prefix, JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                fields(pages, prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                fields(pages, prefix + "[" + (i + 1) + "]", node.get(i));
            }
        } else if (!node.isMissingNode() && !node.isNull()) {
            pages.paragraph(prefix + ": " + node.asText(), 20);
        }
    }
}
