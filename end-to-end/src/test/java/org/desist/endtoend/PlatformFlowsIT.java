package org.desist.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The services end to end: case-service, risk-service and conduct-service as packaged jars, talking through the
 * real broker, with real Keycloak tokens, and the gateway in front of them.
 */
class PlatformFlowsIT {

    private static RunningService caseService;
    private static RunningService riskService;
    private static RunningService conductService;
    private static RunningService gateway;

    @BeforeAll
    static void startServices() throws Exception {
        LocalPlatform.ensureInfrastructure();
        // Databases made afresh each run, as the topics are: what a run sees is what it did.
        LocalPlatform.recreateDatabase("desist_case_e2e");
        LocalPlatform.recreateDatabase("desist_risk_e2e");
        // A topic and consumer group of this run's own, so that nothing else's events are mixed in.
        String topic = "desist.case.events.e2e-" + UUID.randomUUID();
        String riskTopic = "desist.risk.events.e2e-" + UUID.randomUUID();
        String conductTopic = "desist.conduct.events.e2e-" + UUID.randomUUID();
        LocalPlatform.recreateDatabase("desist_conduct_e2e");
        caseService = RunningService.start("case-service", Map.of(
                "quarkus.datasource.jdbc.url", LocalPlatform.jdbcUrl("desist_case_e2e"),
                "desist.eventstore.relay.topic", topic,
                "mp.messaging.incoming.conduct-events.topic", conductTopic,
                "mp.messaging.incoming.conduct-events.group.id", "case-service-e2e-" + UUID.randomUUID(),
                "mp.messaging.incoming.staff-register.topic", conductTopic,
                "mp.messaging.incoming.staff-register.group.id", "case-service-staff-e2e-" + UUID.randomUUID(),
                "mp.messaging.incoming.risk-events.topic", riskTopic,
                "mp.messaging.incoming.risk-events.group.id", "case-service-e2e-" + UUID.randomUUID()));
        riskService = RunningService.start("risk-service", Map.of(
                "quarkus.datasource.jdbc.url", LocalPlatform.jdbcUrl("desist_risk_e2e"),
                "desist.eventstore.relay.topic", riskTopic,
                "mp.messaging.incoming.case-events.topic", topic,
                "mp.messaging.incoming.case-events.group.id", "risk-service-e2e-" + UUID.randomUUID()));
        conductService = RunningService.start("conduct-service", Map.of(
                "quarkus.datasource.jdbc.url", LocalPlatform.jdbcUrl("desist_conduct_e2e"),
                "desist.eventstore.relay.topic", conductTopic,
                // the local platform's documented key; a real deployment sets DESIST_DISCLOSURES_KEY
                "desist.disclosures.key", "bG9jYWwtb25seS1kZXNpc3QtZGlzY2xvc3VyZS1rZXk="));
        gateway = RunningService.start("gateway", Map.of(
                "desist.gateway.routes.case.url", caseService.url(),
                "desist.gateway.routes.risk.url", riskService.url(),
                "desist.gateway.routes.conduct.url", conductService.url(),
                // reporting-service does not run here: the gateway must say so at once
                "desist.gateway.routes.reports.url", "http://localhost:" + RunningService.freePort()));
    }

    @AfterAll
    static void stopServices() {
        if (gateway != null) {
            gateway.close();
        }
        if (conductService != null) {
            conductService.close();
        }
        if (riskService != null) {
            riskService.close();
        }
        if (caseService != null) {
            caseService.close();
        }
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
                .when().get("/api/reports/reports").then().statusCode(503)
                .contentType("application/problem+json")
                .body("service", equalTo("reporting-service"));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));

        // one OpenAPI document for the platform, gathered from the running services
        given().baseUri(gateway.url()).when().get("/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/case/people/{crn}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/risk/people/{crn}/tier"))
                .body("x-desist-unavailable", org.hamcrest.Matchers.contains("reporting-service"));
    }

    /**
     * Issue 13's quality bar, as a sweep through the gateway: every operation of the platform's gathered OpenAPI
     * document, for a caller without a token and for every kind of user, answers without a 5xx, every refusal is
     * problem+json, and a partner or the person on probation never reads a person not shared with them or not theirs.
     */
    @Test
    void everyOperationForEveryUserThroughTheGatewayAnswersWithoutA5xx_andRefusesAsProblemJson() {
        String crn = given().baseUri(gateway.url()).auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("""
                        {"firstName": "Jo", "lastName": "Sweep", "dateOfBirth": "1988-03-14", "sex": "MALE"}""")
                .when().post("/api/case/people").then().statusCode(201).extract().path("crn");
        io.restassured.path.json.JsonPath openapi = given().baseUri(gateway.url()).when().get("/openapi").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        java.util.List<String> users = java.util.Arrays.asList(null, "officer", "senior", "court", "partner-police",
                "pop", "auditor", "conduct", "operator");
        java.util.List<String> wrong = new java.util.ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            String uri = path.getKey().replace("{crn}", crn).replaceAll("\\{[^}]+}", "0190f2a0-0000-7000-8000-000000000000");
            for (String method : path.getValue().keySet()) {
                if (!java.util.List.of("get", "post", "put", "delete").contains(method)) {
                    continue;
                }
                for (String user : users) {
                    var request = given().baseUri(gateway.url()).contentType(ContentType.JSON).body("{}");
                    if (user != null) {
                        request = request.auth().oauth2(Tokens.of(user));
                    }
                    var answer = request.when().request(method.toUpperCase(), uri).then().extract();
                    calls++;
                    int status = answer.statusCode();
                    String who = method.toUpperCase() + " " + path.getKey() + " as " + (user == null ? "nobody" : user);
                    boolean reportingDown = path.getKey().startsWith("/api/reports/") && status == 503;
                    if (status >= 500 && !reportingDown) {
                        wrong.add(who + ": " + status);
                    }
                    if (status >= 400 && !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
                        wrong.add(who + ": " + status + " as " + answer.contentType());
                    }
                    if (("partner-police".equals(user) || "pop".equals(user)) && "get".equals(method)
                            && path.getKey().contains("{crn}") && status == 200) {
                        wrong.add(who + ": 200 for a person not shared with them");
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(500);
        assertThat(wrong).isEmpty();
    }

    /**
     * Issue 13's quality bar: injection strings in every text field of every request the OpenAPI document gives a
     * body of, built from its schema, through the gateway, as an officer and a senior on a registered person — refused
     * or kept, never a 5xx.
     */
    @Test
    void injectionStringsInEveryTextFieldAreRefusedOrKeptButNeverA5xx() throws Exception {
        String crn = given().baseUri(gateway.url()).auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("""
                        {"firstName": "Jo", "lastName": "Inject", "dateOfBirth": "1988-03-14", "sex": "MALE"}""")
                .when().post("/api/case/people").then().statusCode(201).extract().path("crn");
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode openapi = json.readTree(given().baseUri(gateway.url()).when()
                .get("/openapi").then().statusCode(200).extract().asString());
        String[] injections = {"'; DROP TABLE events; --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
                "{{7*7}}", "../../etc/passwd", "\u202Eevil", "x".repeat(5_000)};
        java.util.List<String> wrong = new java.util.ArrayList<>();
        int sent = 0;
        for (var path : (Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) openapi.path("paths")::fields) {
            for (var operation : (Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) path.getValue()::fields) {
                com.fasterxml.jackson.databind.JsonNode schema = operation.getValue().path("requestBody").path("content")
                        .path("application/json").path("schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                String uri = path.getKey().replace("{crn}", crn)
                        .replaceAll("\\{[^}]+}", "0190f2a0-0000-7000-8000-000000000000");
                for (String injection : injections) {
                    com.fasterxml.jackson.databind.JsonNode body = bodyOf(openapi, schema, injection, 0);
                    for (String user : new String[] {"officer", "senior"}) {
                        var answer = given().baseUri(gateway.url()).auth().oauth2(Tokens.of(user))
                                .contentType(ContentType.JSON).body(body.toString())
                                .when().request(operation.getKey().toUpperCase(), uri).then().extract();
                        sent++;
                        boolean reportingDown = path.getKey().startsWith("/api/reports/") && answer.statusCode() == 503;
                        if (answer.statusCode() >= 500 && !reportingDown) {
                            wrong.add(operation.getKey().toUpperCase() + " " + path.getKey() + " as " + user + " with "
                                    + injection.substring(0, Math.min(20, injection.length())) + ": " + answer.statusCode());
                        }
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    /**
     * A body the schema describes, every free-text field holding the injection string; dates, ids, numbers and
     * choices well-formed, so that the text is what is judged.
     */
    private static com.fasterxml.jackson.databind.JsonNode bodyOf(com.fasterxml.jackson.databind.JsonNode openapi,
            com.fasterxml.jackson.databind.JsonNode schema, String injection, int depth) {
        var nodes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        String ref = schema.path("$ref").asText("");
        if (!ref.isEmpty()) {
            schema = openapi.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (depth > 6) {
            return nodes.nullNode();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText("object");
        return switch (type) {
            case "string" -> switch (schema.path("format").asText("")) {
                case "date" -> nodes.textNode(java.time.LocalDate.now().plusDays(10).toString());
                case "date-time" -> nodes.textNode(Instant.now().toString());
                case "uuid" -> nodes.textNode(UUID.randomUUID().toString());
                default -> nodes.textNode(injection);
            };
            case "integer", "number" -> nodes.numberNode(1);
            case "boolean" -> nodes.booleanNode(false);
            case "array" -> nodes.arrayNode().add(bodyOf(openapi, schema.path("items"), injection, depth + 1));
            default -> {
                com.fasterxml.jackson.databind.node.ObjectNode object = nodes.objectNode();
                schema.path("properties").fields().forEachRemaining(property ->
                        object.set(property.getKey(), bodyOf(openapi, property.getValue(), injection, depth + 1)));
                yield object;
            }
        };
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
