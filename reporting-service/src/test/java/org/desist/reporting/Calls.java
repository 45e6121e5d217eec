package org.desist.reporting;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.testing.Tokens;

/** What reporting-service's tests say to it as the local realm's users, and the topics they read and write. */
public final class Calls {

    public static final String COURT_REPORTS = "desist.court-reports.reporting-test";
    public static final String COURT_HEARINGS = "desist.court-hearings.reporting-test";
    public static final String CASE_EVENTS = "desist.case.events.reporting-test";
    public static final String RISK_EVENTS = "desist.risk.events.reporting-test";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Calls() {
    }

    public static ValidatableResponse post(String user, String path, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json).when().post(path).then();
    }

    public static ValidatableResponse post(String user, String path) {
        return given().auth().oauth2(Tokens.of(user)).when().post(path).then();
    }

    public static ValidatableResponse put(String user, String path, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json).when().put(path).then();
    }

    public static ValidatableResponse delete(String user, String path) {
        return given().auth().oauth2(Tokens.of(user)).when().delete(path).then();
    }

    public static ValidatableResponse get(String user, String path) {
        return given().auth().oauth2(Tokens.of(user)).when().get(path).then();
    }

    /** A CRN no other test or run uses. */
    public static String crn() {
        return "" + (char) ('A' + RANDOM.nextInt(26)) + String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String request(String crn, String hearingDate, String reportType) {
        return """
                {"court": "Leeds Magistrates' Court", "hearingDate": "%s", "crn": "%s",
                 "charges": ["Theft from a shop (Theft Act 1968 s.1)"], "reportType": "%s"}""".formatted(hearingDate, crn,
                reportType);
    }

    public static final String DRAFT = """
            {"offenceAnalysis": "Took goods worth £80 from a shop while intoxicated.",
             "assessment": "Medium risk of serious harm to the public; the OGRS3 band is medium.",
             "personView": "Ashamed of it, and wants help with alcohol.",
             "proposal": {"sentenceType": "COMMUNITY_ORDER", "requirements": ["UNPAID_WORK 120 hours",
                          "REHABILITATION_ACTIVITY 20 days"]}}""";

    /** Opens a report as court liaison, with its author assigned: the report id. */
    public static String allocated(String crn) {
        String id = post("court", "/court-requests", request(crn, "2027-03-01", "STANDARD")).statusCode(201)
                .extract().path("reportId");
        put("senior", "/reports/" + id + "/author", "{\"staffId\": \"officer\"}").statusCode(200);
        return id;
    }

    /** A report written, submitted and approved, ready for its author to sign. */
    public static String approved(String crn, String draft) {
        String id = allocated(crn);
        put("officer", "/reports/" + id + "/draft", draft).statusCode(200);
        post("officer", "/reports/" + id + "/submit").statusCode(200);
        post("senior", "/reports/" + id + "/approve").statusCode(200);
        return id;
    }

    /** Polls until the check passes or the timeout ends; answers whether it passed. */
    public static boolean eventually(Supplier<Boolean> check, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (check.get()) {
                return true;
            }
            Thread.sleep(200);
        }
        return check.get();
    }
}
