package org.desist.cases;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.desist.testing.Tokens;

/** The calls case-service's tests make, as a probation officer unless they say otherwise. */
public final class CaseApi {

    /** A person to register; {@link #person()} gives each registration a PNC number of its own, as people have. */
    public static final String PERSON = """
            {"firstName": "Alex", "lastName": "Morgan", "dateOfBirth": "1991-02-03", "sex": "FEMALE",
             "ethnicity": "W1", "pncNumber": "2004/0046583U"}
            """;

    public static final String COMMUNITY_ORDER = """
            {"type": "COMMUNITY_ORDER", "sentenceDate": "2026-03-02", "court": "Cardiff Magistrates' Court",
             "lengthMonths": 18,
             "offences": [{"offenceCode": "00101", "offenceDate": "2026-01-10"}],
             "requirements": [{"type": "UNPAID_WORK", "hours": 120},
                              {"type": "REHABILITATION_ACTIVITY", "days": 20},
                              {"type": "CURFEW", "hours": 12, "electronicMonitoring": true, "details": "19:00-07:00 for 3 months"}]}
            """;

    private CaseApi() {
    }

    public static String register() {
        return registerAs("officer", person()).statusCode(201).extract().path("crn");
    }

    /** {@link #PERSON} with a fresh PNC number: a second registration with one is refused. */
    public static String person() {
        return PERSON.replace("2004/0046583U", freshPnc());
    }

    public static String freshPnc() {
        return "20%02d/%07d%c".formatted(PNC_YEARS.getAndIncrement() % 100,
                java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000),
                (char) ('A' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
    }

    private static final java.util.concurrent.atomic.AtomicInteger PNC_YEARS = new java.util.concurrent.atomic.AtomicInteger(
            java.util.concurrent.ThreadLocalRandom.current().nextInt(100));

    /** A community order made on {@code since}, for three years: failures to comply from then on count towards breach. */
    public static String orderSince(String crn, java.time.LocalDate since) {
        return post("officer", "/people/" + crn + "/sentences", """
                {"type": "COMMUNITY_ORDER", "sentenceDate": "%s", "court": "Cardiff Magistrates' Court",
                 "lengthMonths": 36, "offences": [{"offenceCode": "00101", "offenceDate": "%s"}],
                 "requirements": [{"type": "REHABILITATION_ACTIVITY", "days": 20}]}"""
                .formatted(since, since.minusMonths(1))).statusCode(201).extract().path("sentenceId");
    }

    public static ValidatableResponse registerAs(String user, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json)
                .when().post("/people").then();
    }

    public static ValidatableResponse recordContact(String crn, String json) {
        return given().auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON).body(json)
                .when().post("/people/" + crn + "/contacts").then();
    }

    public static ValidatableResponse post(String user, String path, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json)
                .when().post(path).then();
    }

    public static ValidatableResponse put(String user, String path, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json)
                .when().put(path).then();
    }

    public static ValidatableResponse get(String path) {
        return given().auth().oauth2(Tokens.of("officer")).when().get(path).then();
    }

    public static String contact(String outcome) {
        return """
                {"type": "OFFICE_VISIT", "occurredAt": "2026-01-05T10:00:00Z", "outcome": "%s",
                 "notes": "discussed accommodation", "loneContact": false}
                """.formatted(outcome);
    }
}
