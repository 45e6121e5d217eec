package org.desist.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services end to end: case-service, risk-service, conduct-service and reporting-service as packaged jars, talking
 * through the real broker, with real Keycloak tokens, and the gateway in front of them (started once: RunningPlatform).
 */
@ExtendWith(RunningPlatform.class)
class PlatformFlowsIT {

    private static RunningService caseService;
    private static RunningService riskService;
    private static RunningService conductService;
    private static RunningService gateway;

    @BeforeAll
    static void platform() {
        caseService = RunningPlatform.services().caseService();
        riskService = RunningPlatform.services().riskService();
        conductService = RunningPlatform.services().conductService();
        gateway = RunningPlatform.gateway();
    }

    @Test
    void aPersonRegisteredInCaseServiceAppearsInRiskService() {
        String crn = given().baseUri(caseService.url()).auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("""
                        {"firstName": "Jo", "lastName": "Bloggs", "dateOfBirth": "1988-07-14", "sex": "MALE",
                         "ethnicity": "B1"}""")
                .when().post("/people").then().statusCode(201).extract().path("crn");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().baseUri(riskService.url()).auth().oauth2(Tokens.of("officer"))
                        .when().get("/people/" + crn + "/risk-profile")
                        .then().statusCode(200)
                        .body("crn", equalTo(crn))
                        .body("dateOfBirth", equalTo("1988-07-14"))
                        .body("sex", equalTo("MALE"))
                        // ethnicity travels on the restricted monitoring topic, to fairness figures only
                        .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("ethnicity"))));

        given().baseUri(caseService.url()).auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("""
                        {"type": "OFFICE_VISIT", "occurredAt": "2026-02-02T09:30:00Z", "outcome": "FAILED_TO_ATTEND",
                         "notes": "did not attend; no contact", "loneContact": false}""")
                .when().post("/people/" + crn + "/contacts").then().statusCode(201);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().baseUri(riskService.url()).auth().oauth2(Tokens.of("officer"))
                        .when().get("/people/" + crn + "/risk-profile")
                        .then().statusCode(200)
                        .body("contacts", equalTo(1))
                        .body("failuresToAttend", equalTo(1)));
    }

    @Test
    void aRelationshipDeclaredInConductServiceKeepsTheOfficerFromTheCaseUntilItIsWithdrawn_002_7_6_and_7_7() {
        String crn = given().baseUri(caseService.url()).auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("""
                        {"firstName": "Kim", "lastName": "Ray", "dateOfBirth": "1990-03-03", "sex": "FEMALE"}""")
                .when().post("/people").then().statusCode(201).extract().path("crn");

        String declaration = given().baseUri(conductService.url()).auth().oauth2(Tokens.of("officer"))
                .contentType(ContentType.JSON).body("""
                        {"staffId": "officer", "crn": "%s", "relationship": "FAMILY", "details": "my sister-in-law"}"""
                        .formatted(crn))
                .when().post("/declarations/relationships").then().statusCode(201).extract().path("declarationId");
        // cases go only to staff on conduct-service's register (an earlier run may have put the officer there)
        given().baseUri(conductService.url()).auth().oauth2(Tokens.of("conduct")).contentType(ContentType.JSON)
                .body("""
                        {"staffId": "officer", "name": "Olu Officer", "role": "probation-officer", "team": "N01"}""")
                .when().post("/staff").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(caseService.url()).auth().oauth2(Tokens.of("senior")).contentType(ContentType.JSON)
                        .body("{\"staffId\": \"officer\", \"team\": \"N01\", \"reason\": \"first allocation\"}")
                        .when().put("/people/" + crn + "/allocation").then().statusCode(409)
                        .body("type", org.hamcrest.Matchers.endsWith("relationship-declared")));

        // 002 7.6-7.7 hold while the relationship does: once the declaration is withdrawn, the block lifts
        given().baseUri(conductService.url()).auth().oauth2(Tokens.of("officer"))
                .when().post("/declarations/" + declaration + "/withdrawal").then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(caseService.url()).auth().oauth2(Tokens.of("senior")).contentType(ContentType.JSON)
                        .body("{\"staffId\": \"officer\", \"team\": \"N01\", \"reason\": \"first allocation\"}")
                        .when().put("/people/" + crn + "/allocation").then().statusCode(200)
                        .body("staffId", equalTo("officer")));
    }

    /** Issue 13 §7: the gateway's {@code /api/case/**} is case-service's API, and a service that is not running is a quick 503. */
    @Test
    void throughTheGatewayAPersonReadsAsFromCaseService_andAServiceNotRunningIsA503ProblemAtOnce() throws Exception {
        String crn = given().baseUri(caseService.url()).auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("""
                        {"firstName": "Sam", "lastName": "Hart", "dateOfBirth": "1992-09-30", "sex": "FEMALE"}""")
                .when().post("/people").then().statusCode(201).extract().path("crn");
        String direct = given().baseUri(caseService.url()).auth().oauth2(Tokens.of("officer"))
                .when().get("/people/" + crn).then().statusCode(200).extract().asString();
        String throughGateway = given().baseUri(gateway.url()).auth().oauth2(Tokens.of("officer"))
                .when().get("/api/case/people/" + crn).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").extract().asString();
        ObjectMapper json = new ObjectMapper();
        // the same record; its version may move between the reads, as risk-service's tier reaches case-service
        com.fasterxml.jackson.databind.JsonNode gatewayRead =
                ((com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(throughGateway)).without("version");
        com.fasterxml.jackson.databind.JsonNode directRead =
                ((com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(direct)).without("version");
        assertThat(gatewayRead).isEqualTo(directRead);

        Instant start = Instant.now();
        given().baseUri(gateway.url()).auth().oauth2(Tokens.of("officer"))
                .when().get("/api/absent/anything").then().statusCode(503)
                .contentType("application/problem+json")
                .body("service", equalTo("absent-service"));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));

        // one OpenAPI document for the platform, gathered from the running services
        given().baseUri(gateway.url()).when().get("/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/case/people/{crn}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/risk/people/{crn}/tier"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/reports/reports/{reportId}"))
                .body("x-desist-unavailable", org.hamcrest.Matchers.contains("absent-service"));
    }

    /** Issue 15 §2: each packaged service answers its part of a subject access request in the contract (200/204/209). */
    @Test
    void eachServiceAnswersItsPartOfASubjectAccessRequest() {
        String crn = given().baseUri(caseService.url()).auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("""
                        {"firstName": "Ola", "lastName": "Nwosu", "dateOfBirth": "1994-05-06", "sex": "FEMALE"}""")
                .when().post("/people").then().statusCode(201).extract().path("crn");
        given().baseUri(conductService.url()).auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("{\"staffId\": \"officer\", \"crn\": \"" + crn + "\", \"relationship\": \"SOCIAL\", "
                        + "\"details\": \"we play in the same band\"}")
                .when().post("/declarations/relationships").then().statusCode(201);

        given().baseUri(caseService.url()).auth().oauth2(Tokens.of("auditor"))
                .when().get("/subject-access-request?crn=" + crn).then().statusCode(200)
                .body("content.records[0].what", equalTo("probation-case.person.registered"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().baseUri(riskService.url()).auth().oauth2(Tokens.of("auditor"))
                        .when().get("/subject-access-request?crn=" + crn).then().statusCode(200)
                        .body("content.service", equalTo("risk-service")));
        given().baseUri(conductService.url()).auth().oauth2(Tokens.of("auditor"))
                .when().get("/subject-access-request?crn=" + crn).then().statusCode(200)
                .body("content.records[0].details.relationship", equalTo("SOCIAL"))
                .body("content.records[0].details.details", org.hamcrest.Matchers.nullValue());
        given().baseUri(caseService.url()).auth().oauth2(Tokens.of("auditor"))
                .when().get("/subject-access-request?crn=" + crn + "&toDate=2001-01-01").then().statusCode(204);
        given().baseUri(riskService.url()).auth().oauth2(Tokens.of("auditor"))
                .when().get("/subject-access-request?crn=Z999999").then().statusCode(209);
    }

    /** case-service → risk-service → case-service: a MAPPA registration on the case raises the tier, and with it contact. */
    @Test
    void aMappaRegistrationOnTheCaseRaisesTheTierAndHowOftenThePersonIsSeen() {
        String crn = given().baseUri(caseService.url()).auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("""
                        {"firstName": "Lee", "lastName": "Cole", "dateOfBirth": "1979-01-20", "sex": "MALE"}""")
                .when().post("/people").then().statusCode(201).extract().path("crn");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().baseUri(riskService.url()).auth().oauth2(Tokens.of("officer"))
                        .when().get("/people/" + crn + "/tier").then().statusCode(200).body("tier", equalTo("D2")));

        given().baseUri(caseService.url()).auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("{\"type\": \"MAPPA\", \"category\": 2, \"level\": 3, \"reviewDate\": \""
                        + java.time.LocalDate.now().plusMonths(3) + "\", \"notes\": \"level 3\"}")
                .when().post("/people/" + crn + "/registrations").then().statusCode(201);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().baseUri(caseService.url()).auth().oauth2(Tokens.of("officer"))
                        .when().get("/people/" + crn + "/supervision").then().statusCode(200)
                        .body("tier", equalTo("A2"))
                        .body("contactEveryDays", equalTo(7)));
    }

    /**
     * risk-service and case-service agree on the tier in force, even when the tier is recalculated between an override
     * and its countersignature (000_c72660e7df92b92e.txt 8.3, 8.5): the stale override is refused, and a fresh one
     * countersigned is the tier both then show.
     */
    @Test
    void bothServicesShowTheSameTierWhenARecalculationComesBetweenOverrideAndCountersignature_000_8_3() {
        String crn = given().baseUri(caseService.url()).auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("""
                        {"firstName": "Ali", "lastName": "Shaw", "dateOfBirth": "1984-05-11", "sex": "MALE"}""")
                .when().post("/people").then().statusCode(201).extract().path("crn");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().baseUri(riskService.url()).auth().oauth2(Tokens.of("officer"))
                        .when().get("/people/" + crn + "/tier").then().statusCode(200).body("tier", equalTo("D2")));
        String stale = given().baseUri(riskService.url()).auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("{\"level\": \"TIER\", \"value\": \"C2\", \"rationale\": \"threats to a neighbour, not yet assessed\"}")
                .when().post("/people/" + crn + "/overrides").then().statusCode(201).extract().path("overrideId");

        // the tier is recalculated before the countersignature: a MAPPA level 2 registration makes it A2
        given().baseUri(riskService.url()).auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("{\"type\": \"MAPPA\", \"category\": 2, \"level\": 2, \"reviewDate\": \""
                        + java.time.LocalDate.now().plusMonths(3) + "\", \"notes\": \"level 2 agreed\"}")
                .when().post("/people/" + crn + "/registrations").then().statusCode(201);
        given().baseUri(riskService.url()).auth().oauth2(Tokens.of("senior")).contentType(ContentType.JSON)
                .body("{\"comments\": \"agreed\"}")
                .when().post("/people/" + crn + "/overrides/" + stale + "/countersignature").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("override-superseded"));
        bothServicesShow(crn, "A2");

        String current = given().baseUri(riskService.url()).auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("{\"level\": \"TIER\", \"value\": \"A3\", \"rationale\": \"entrenched attitudes seen in the last three contacts\"}")
                .when().post("/people/" + crn + "/overrides").then().statusCode(201).extract().path("overrideId");
        given().baseUri(riskService.url()).auth().oauth2(Tokens.of("senior")).contentType(ContentType.JSON)
                .body("{\"comments\": \"agreed on the contact record\"}")
                .when().post("/people/" + crn + "/overrides/" + current + "/countersignature").then().statusCode(201);
        bothServicesShow(crn, "A3");
    }

    private static void bothServicesShow(String crn, String tier) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            given().baseUri(riskService.url()).auth().oauth2(Tokens.of("officer"))
                    .when().get("/people/" + crn + "/tier").then().statusCode(200).body("tier", equalTo(tier));
            given().baseUri(caseService.url()).auth().oauth2(Tokens.of("officer"))
                    .when().get("/people/" + crn + "/supervision").then().statusCode(200).body("tier", equalTo(tier));
        });
    }
}
