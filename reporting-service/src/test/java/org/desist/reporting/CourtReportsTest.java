package org.desist.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.desist.reporting.Calls.COURT_HEARINGS;
import static org.desist.reporting.Calls.COURT_REPORTS;
import static org.desist.reporting.Calls.DRAFT;
import static org.desist.reporting.Calls.approved;
import static org.desist.reporting.Calls.crn;
import static org.desist.reporting.Calls.eventually;
import static org.desist.reporting.Calls.get;
import static org.desist.reporting.Calls.header;
import static org.desist.reporting.Calls.post;
import static org.desist.reporting.Calls.put;
import static org.desist.reporting.Calls.request;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.desist.eventstore.CanonicalJson;
import org.desist.testing.CloudEventWriter;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * A court's request answered by a signed report delivered on the court's topic, through REST and the real broker, as
 * court liaison, seniors and officers of the local realm do it (003_312b5d3bb464462d.txt; 004_65e84e6534087b6f.txt 1).
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_reporting_test"))
class CourtReportsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aSignedReportIsDeliveredToTheCourtAsOneEventWithItsHashAndDocument_004_1() throws Exception {
        String crn = crn();
        try (TopicReader reader = new TopicReader(COURT_REPORTS)) {
            String id = approved(crn, DRAFT);
            post("officer", "/reports/" + id + "/sign").statusCode(200).header("ETag", notNullValue())
                    .body("stage", equalTo("SIGNED")).body("version", equalTo(1));

            List<ConsumerRecord<String, String>> delivered = reader.await(r -> header(r, "ce_subject").equals(crn), 1, WAIT);
            assertThat(delivered).hasSize(1);
            ConsumerRecord<String, String> record = delivered.getFirst();
            assertThat(TopicReader.type(record)).isEqualTo("pre-sentence.report.delivered");
            assertThat(record.key()).isEqualTo(crn);
            assertThat(header(record, "ce_source")).isEqualTo("/desist/reporting-service");
            JsonNode data = CanonicalJson.parse(record.value());
            assertThat(data.path("reportId").asText()).isEqualTo(id);
            assertThat(data.path("version").asInt()).isEqualTo(1);
            assertThat(data.path("court").asText()).isEqualTo("Leeds Magistrates' Court");
            assertThat(data.path("hearingDate").asText()).isEqualTo("2027-03-01");
            assertThat(data.path("documentUrl").asText()).endsWith("/reports/" + id + "/document?version=1");
            assertThat(data.path("report").path("draft").path("proposal").path("sentenceType").asText())
                    .isEqualTo("COMMUNITY_ORDER");
            // A court recomputes the hash from the structured report it received.
            assertThat(data.path("sha256").asText()).isEqualTo(sha256(CanonicalJson.of(data.path("report"))));

            byte[] pdf = given().auth().oauth2(Tokens.of("court")).when().get("/reports/" + id + "/document").then()
                    .statusCode(200).contentType("application/pdf").extract().asByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("OFFICIAL-SENSITIVE", data.path("sha256").asText(), "Page 1 of")
                        .doesNotContain("NOT FOR COURT");
            }
        }
    }

    @Test
    void onlyDeliveriesReachTheCourtTopic_draftsStayPrivate() throws Exception {
        String crn = crn();
        try (TopicReader reader = new TopicReader(COURT_REPORTS)) {
            approved(crn, DRAFT);
            assertThat(reader.drain(r -> r.key().equals(crn) || record(r).contains(crn), Duration.ofSeconds(3))).isEmpty();
        }
    }

    @Test
    void aCourtSystemsHearingResultOpensARequestListedByCrn() throws Exception {
        String crn = crn();
        try (CloudEventWriter court = new CloudEventWriter(COURT_HEARINGS, "/courts/leeds-magistrates")) {
            court.send(UUID.randomUUID(), "court.hearing.resulted", crn, 1, """
                    {"court": "Leeds Magistrates' Court", "hearingDate": "2027-02-10", "crn": "%s",
                     "charges": ["Assault by beating"], "outcome": "REPORT_REQUESTED", "reportType": "SHORT_FORMAT"}"""
                    .formatted(crn));
        }
        assertThat(eventually(() -> get("court", "/court-requests?crn=" + crn).statusCode(200).extract()
                .jsonPath().getList("reportId").size() == 1, WAIT)).isTrue();
        get("court", "/court-requests?crn=" + crn).body("[0].via", equalTo("COURT_SYSTEM"))
                .body("[0].reportType", equalTo("SHORT_FORMAT")).body("[0].stage", equalTo("AWAITING_AUTHOR"))
                .body("[0].charges", hasItem("Assault by beating"));
    }

    @Test
    void anUnknownDefendantWaitsToBeMatchedAndIsNeverDropped() throws Exception {
        String pnc = "2026/" + (1_000_000 + new java.util.Random().nextInt(8_000_000)) + "X";
        String crn = crn();
        try (CloudEventWriter court = new CloudEventWriter(COURT_HEARINGS, "/courts/leeds-magistrates")) {
            court.sendRaw(pnc, """
                    {"court": "Leeds Magistrates' Court", "hearingDate": "2027-02-11", "pnc": "%s",
                     "defendantName": "Sam Doe", "charges": ["Criminal damage"], "outcome": "REPORT_REQUESTED",
                     "reportType": "STANDARD"}""".formatted(pnc), java.util.Map.of("ce_specversion", "1.0",
                    "ce_id", UUID.randomUUID().toString(), "ce_source", "/courts/leeds-magistrates",
                    "ce_type", "court.hearing.resulted", "content-type", "application/json"));
        }
        String find = "find { it.pnc == '" + pnc + "' }";
        assertThat(eventually(() -> get("court", "/court-requests?unmatched=true").statusCode(200).extract()
                .path(find) != null, WAIT)).isTrue();
        String id = get("court", "/court-requests?unmatched=true").body(find + ".stage", equalTo("AWAITING_MATCH"))
                .extract().path(find + ".reportId");

        post("court", "/court-requests/" + id + "/match", "{\"crn\": \"" + crn + "\"}").statusCode(204);
        get("court", "/court-requests?crn=" + crn).body("[0].reportId", equalTo(id))
                .body("[0].stage", equalTo("AWAITING_AUTHOR"));
        post("court", "/court-requests/" + id + "/match", "{\"crn\": \"" + crn + "\"}").statusCode(409)
                .body("type", endsWith("defendant-already-matched"));
    }

    @Test
    void aDangerousnessReportIsCountersignedBeforeItIsSigned() {
        String id = approved(crn(), DRAFT.replace("\"personView\"", "\"dangerousness\": true, \"personView\""));
        post("officer", "/reports/" + id + "/sign").statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("countersignature-required"));
        post("officer", "/reports/" + id + "/countersignature", "{\"rationale\": \"mine\"}").statusCode(403);
        post("senior", "/reports/" + id + "/countersignature", "{\"rationale\": \"the evidence of dangerousness is "
                + "sound\"}").statusCode(200);
        post("officer", "/reports/" + id + "/sign").statusCode(200).body("stage", equalTo("SIGNED"));
    }

    @Test
    void aSignedVersionNeverChanges_aChangeIsANewVersionWithAReasonDeliveredAgain() throws Exception {
        String crn = crn();
        try (TopicReader reader = new TopicReader(COURT_REPORTS)) {
            String id = approved(crn, DRAFT);
            post("officer", "/reports/" + id + "/sign").statusCode(200);
            put("officer", "/reports/" + id + "/draft", DRAFT).statusCode(409).body("type", endsWith("report-signed"));

            post("officer", "/reports/" + id + "/revision", "{\"reason\": \"the court asked about the new address\"}")
                    .statusCode(200).body("version", equalTo(2)).body("stage", equalTo("DRAFTING"));
            put("officer", "/reports/" + id + "/draft", DRAFT.replace("120 hours", "100 hours")).statusCode(200);
            post("officer", "/reports/" + id + "/submit", "{}").statusCode(200);
            post("senior", "/reports/" + id + "/approve", "{}").statusCode(200);
            post("officer", "/reports/" + id + "/sign").statusCode(200).body("version", equalTo(2));

            List<ConsumerRecord<String, String>> delivered = reader.await(r -> header(r, "ce_subject").equals(crn), 2, WAIT);
            assertThat(delivered).hasSize(2);
            JsonNode first = CanonicalJson.parse(delivered.get(0).value());
            JsonNode second = CanonicalJson.parse(delivered.get(1).value());
            assertThat(second.path("version").asInt()).isEqualTo(2);
            assertThat(second.path("revisionReason").asText()).isEqualTo("the court asked about the new address");
            assertThat(second.path("sha256").asText()).isNotEqualTo(first.path("sha256").asText());
            get("court", "/reports/" + id).statusCode(200).body("signedVersions[0].sha256",
                    equalTo(first.path("sha256").asText())).body("draft", nullValue());
        }
    }

    @Test
    void theCourtAcknowledgesReceipt_byRestOrByEvent_andUnacknowledgedReportsAreListed() throws Exception {
        String one = approved(crn(), DRAFT);
        String two = approved(crn(), DRAFT);
        post("officer", "/reports/" + one + "/sign").statusCode(200);
        post("officer", "/reports/" + two + "/sign").statusCode(200);
        get("court", "/reports/unacknowledged").statusCode(200).body("reportId", hasItem(one)).body("reportId", hasItem(two));

        post("court", "/reports/" + one + "/acknowledgement").statusCode(200);
        try (CloudEventWriter court = new CloudEventWriter(COURT_HEARINGS, "/courts/leeds-magistrates")) {
            court.send(UUID.randomUUID(), "court.report.received", "any", 1,
                    "{\"reportId\": \"" + two + "\", \"version\": 1}");
        }
        assertThat(eventually(() -> !get("court", "/reports/unacknowledged").extract().jsonPath()
                .getList("reportId").contains(two), WAIT)).isTrue();
        get("court", "/reports/unacknowledged").body("find { it.reportId == '" + one + "' }", nullValue());
        get("court", "/reports/" + one).body("signedVersions[0].acknowledged", equalTo(true));
    }

    @Test
    void aReportPastItsHearingIsFlaggedOverdue() {
        String id = post("court", "/court-requests", request(crn(), LocalDate.now().minusDays(1).toString(), "ORAL"))
                .statusCode(201).extract().path("reportId");
        get("senior", "/reports/overdue").statusCode(200).body("find { it.reportId == '" + id + "' }.overdue",
                equalTo(true));
    }

    @Test
    void aStandardReportIsDueWithin15WorkingDaysUnlessTheHearingIsSooner() {
        String crn = crn();
        post("court", "/court-requests", request(crn, LocalDate.now().plusYears(1).toString(), "STANDARD")).statusCode(201);
        LocalDate due = LocalDate.parse(get("court", "/court-requests?crn=" + crn).extract().path("[0].dueDate"));
        assertThat(due).isAfter(LocalDate.now().plusDays(14)).isBefore(LocalDate.now().plusDays(24));
        String soon = crn();
        String hearing = LocalDate.now().plusDays(2).toString();
        post("court", "/court-requests", request(soon, hearing, "STANDARD")).statusCode(201);
        get("court", "/court-requests?crn=" + soon).body("[0].dueDate", equalTo(hearing));
    }

    @Test
    void theAuthorReadsTheDraftAsAPdfMarkedNotForCourtOnEveryPage() throws Exception {
        String id = Calls.allocated(crn());
        put("officer", "/reports/" + id + "/draft", DRAFT).statusCode(200);
        byte[] pdf = given().auth().oauth2(Tokens.of("officer")).when().get("/reports/" + id + "/document").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("DRAFT \u2014 NOT FOR COURT", "OFFICIAL-SENSITIVE",
                        "Page " + page + " of " + document.getNumberOfPages(), "SHA-256 ");
            }
        }
        get("partner-police", "/reports/" + id + "/document").statusCode(403);
    }

    @Test
    void theQualityAssuranceCanReturnTheDraftWithComments() {
        String id = Calls.allocated(crn());
        put("officer", "/reports/" + id + "/draft", DRAFT).statusCode(200);
        post("officer", "/reports/" + id + "/submit").statusCode(200);
        post("senior", "/reports/" + id + "/return", "{\"comments\": \"say what alternatives you considered\"}")
                .statusCode(200).body("stage", equalTo("DRAFTING"));
        get("officer", "/reports/" + id).statusCode(200).body("returnedWith", equalTo("say what alternatives you considered"));
        post("officer", "/reports/" + id + "/sign").statusCode(409).body("type", endsWith("report-not-approved"));
    }

    @Test
    void refusalsAreProblems_401_403_404_400_409() {
        given().contentType(ContentType.JSON).body(request(crn(), "2027-03-01", "STANDARD")).when()
                .post("/court-requests").then().statusCode(401).contentType("application/problem+json");
        post("officer", "/court-requests", request(crn(), "2027-03-01", "STANDARD")).statusCode(403)
                .contentType("application/problem+json");
        post("partner-police", "/court-requests", request(crn(), "2027-03-01", "STANDARD")).statusCode(403);
        get("court", "/reports/" + UUID.randomUUID()).statusCode(404).contentType("application/problem+json");
        post("court", "/court-requests", request(crn(), "2027-03-01", "WEEKLY")).statusCode(400)
                .contentType("application/problem+json");
        post("court", "/court-requests", request(crn(), "2027-03-01", "STANDARD").replace(
                "[\"Theft from a shop (Theft Act 1968 s.1)\"]", "[]")).statusCode(400).body("field", endsWith("charges"));

        String id = Calls.allocated(crn());
        post("officer", "/reports/" + id + "/submit").statusCode(409).body("type", endsWith("draft-missing"));
        put("officer", "/reports/" + id + "/draft", DRAFT.replace("Ashamed of it", "x".repeat(5_001))).statusCode(400)
                .body("field", endsWith("personView"));
        put("officer", "/reports/" + id + "/draft", DRAFT.replace("\"COMMUNITY_ORDER\"",
                "\"IMMEDIATE_CUSTODY\", \"custodyPossible\": true")).statusCode(400)
                .body("rule", equalTo("impact-statement-required"));
        put("court", "/reports/" + id + "/draft", DRAFT).statusCode(403);
        put("senior", "/reports/" + id + "/draft", DRAFT).statusCode(403);
        get("partner-police", "/reports/" + id).statusCode(403);
        get("pop", "/reports/" + id + "/document").statusCode(403);
        get("court", "/reports/" + id + "/document").statusCode(409).body("type", endsWith("report-not-signed"));

        String seen = put("officer", "/reports/" + id + "/draft", DRAFT).statusCode(200).extract().header("ETag");
        put("officer", "/reports/" + id + "/draft", DRAFT).statusCode(200);
        given().auth().oauth2(Tokens.of("officer")).header("If-Match", seen).when().post("/reports/" + id + "/submit")
                .then().statusCode(409).body("type", endsWith("stale-version"));
    }

    private static String record(ConsumerRecord<String, String> record) {
        return record.value() == null ? "" : record.value();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
