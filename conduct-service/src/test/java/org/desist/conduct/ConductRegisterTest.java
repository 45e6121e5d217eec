package org.desist.conduct;

import static io.restassured.RestAssured.given;
import static org.desist.conduct.Calls.TOPIC;
import static org.desist.conduct.Calls.header;
import static org.desist.conduct.Calls.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class ConductRegisterTest {

    @Inject
    EventStore store;

    @Test
    void theLocalStaffAreOnTheRegisterWithSeniorAsOfficersLineManager() {
        given().auth().oauth2(Tokens.of("conduct")).when().get("/staff/officer").then().statusCode(200)
                .body("role", equalTo("probation-officer")).body("team", equalTo("N01")).body("lineManager", equalTo("senior"));
        given().auth().oauth2(Tokens.of("officer")).when().get("/staff").then().statusCode(403);
    }

    @Test
    void aDeclaredRelationshipIsPublishedForCaseService_002_7_6() {
        String crn = crn();
        post("officer", "/declarations/relationships", """
                {"staffId": "officer", "crn": "%s", "relationship": "FAMILY", "details": "my cousin"}""".formatted(crn))
                .statusCode(201).body("declarationId", notNullValue());

        ConsumerRecord<String, String> record = published(crn, "conduct.relationship.declared");
        assertThat(record.key()).isEqualTo("officer");
        // that it blocks supervision is published, not the relationship's nature (DeclarationEndingTest)
        assertThat(record.value()).contains("\"staffId\":\"officer\"").doesNotContain("FAMILY").contains("\"declaredAt\"");
    }

    @Test
    void theLineManagerDecidesOnADeclarationAndOnlyTheyTheDeclarerAndTheConductOfficerReadIt_001() {
        String crn = crn();
        String id = post("officer", "/declarations/relationships", """
                {"staffId": "officer", "crn": "%s", "relationship": "PRIOR", "details": "we were at school together"}"""
                .formatted(crn)).statusCode(201).extract().path("declarationId");
        for (String reader : List.of("officer", "senior", "conduct")) {
            given().auth().oauth2(Tokens.of(reader)).when().get("/declarations?staffId=officer").then().statusCode(200)
                    .body("find { it.declarationId == '" + id + "' }.crn", equalTo(crn));
        }
        given().auth().oauth2(Tokens.of("court")).when().get("/declarations?staffId=officer").then().statusCode(403);

        String review = "{\"decision\": \"RESTRICTIONS_APPLIED\", \"rationale\": \"no supervision of this person\"}";
        post("chief", "/declarations/" + id + "/review", review).statusCode(403);
        post("senior", "/declarations/" + id + "/review", review).statusCode(201);
        post("senior", "/declarations/" + id + "/review", review).statusCode(409)
                .body("type", endsWith("declaration-already-reviewed"));

        given().auth().oauth2(Tokens.of("officer")).when().get("/declarations?staffId=officer").then().statusCode(200)
                .body("find { it.declarationId == '" + id + "' }.decision", equalTo("RESTRICTIONS_APPLIED"))
                .body("find { it.declarationId == '" + id + "' }.decidedBy", equalTo("senior"));
        // the line manager's decision stays in the member's private stream
        assertThat(store.readStream("staff-private:officer").getLast().type()).isEqualTo("conduct.declaration.reviewed");
    }

    @Test
    void outsideWorkAwaitsTheChiefExecutivesDecisionAndAnExecutorshipNamesThePerson_002_4_8_and_7_3() {
        String id = post("officer", "/outside-work",
                "{\"staffId\": \"officer\", \"kind\": \"EMPLOYMENT\", \"description\": \"weekend lifeguard\"}")
                .statusCode(201).body("status", equalTo("AWAITING_DECISION")).extract().path("requestId");
        post("officer", "/outside-work", "{\"staffId\": \"officer\", \"kind\": \"EXECUTORSHIP\", \"description\": \"x\"}")
                .statusCode(400).body("field", equalTo("crn"));
        String decision = "{\"decision\": \"APPROVED\", \"conditions\": \"8 hours a week\", \"rationale\": \"no conflict\"}";

        post("senior", "/outside-work/officer/" + id + "/decision", decision).statusCode(403);
        post("chief", "/outside-work/officer/" + id + "/decision", decision).statusCode(201);
        post("chief", "/outside-work/officer/" + id + "/decision", decision).statusCode(409)
                .body("type", endsWith("outside-work-already-decided"));

        given().auth().oauth2(Tokens.of("officer")).when().get("/outside-work/officer").then().statusCode(200)
                .body("decisions.'" + id + "'.conditions", equalTo("8 hours a week"));
        given().auth().oauth2(Tokens.of("court")).when().get("/outside-work/officer").then().statusCode(403);
    }

    @Test
    void lapsedOrMissingRequiredTrainingIsOverdue_000_6_1_and_6_2() {
        String course = "safeguarding " + UUID.randomUUID();
        post("officer", "/training/requirements", "{\"course\": \"%s\", \"roles\": [\"probation-officer\"], \"validityMonths\": 12}"
                .formatted(course)).statusCode(403);
        post("conduct", "/training/requirements", "{\"course\": \"%s\", \"roles\": [\"probation-officer\"], \"validityMonths\": 12}"
                .formatted(course)).statusCode(201);
        post("officer", "/training/completions", "{\"staffId\": \"officer\", \"course\": \"%s\", \"completedOn\": \"2024-01-01\"}"
                .formatted(course)).statusCode(201);

        // other tests register probation officers of their own, who may be overdue too
        given().auth().oauth2(Tokens.of("conduct")).when().get("/training/overdue").then().statusCode(200)
                .body("find { it.course == '" + course + "' && it.staffId == 'officer' }.expired", equalTo("2025-01-01"))
                .body("findAll { it.course == '" + course + "' }.role.unique()", equalTo(List.of("probation-officer")));

        post("officer", "/training/completions", "{\"staffId\": \"officer\", \"course\": \"%s\", \"completedOn\": \"%s\"}"
                .formatted(course, java.time.LocalDate.now())).statusCode(201);
        given().auth().oauth2(Tokens.of("conduct")).when().get("/training/overdue").then().statusCode(200)
                .body("findAll { it.course == '" + course + "' && it.staffId == 'officer' }.size()", equalTo(0));
    }

    @Test
    void aSelfReportedCautionIsReviewedByTheConductOfficer_002_4_4() {
        String id = post("officer", "/convictions", """
                {"staffId": "officer", "kind": "CAUTION", "details": "speeding", "date": "2026-09-01"}""")
                .statusCode(201).extract().path("reportId");
        String review = "{\"outcome\": \"NO_ACTION\", \"rationale\": \"unrelated to the role\"}";
        post("senior", "/convictions/officer/" + id + "/review", review).statusCode(403);
        post("conduct", "/convictions/officer/" + id + "/review", review).statusCode(201);
        post("conduct", "/convictions/officer/" + id + "/review", review).statusCode(409);

        given().auth().oauth2(Tokens.of("officer")).when().get("/convictions/officer").then().statusCode(200)
                .body("reviews.'" + id + "'.outcome", equalTo("NO_ACTION"));
        given().auth().oauth2(Tokens.of("senior")).when().get("/convictions/officer").then().statusCode(403);
    }

    @Test
    void misconductGoesFromAllegationThroughInvestigationToOutcomeSeenOnlyByTheConductOfficer() {
        String id = post("conduct", "/misconduct", "{\"staffId\": \"court\", \"allegation\": \"shared an address\"}")
                .statusCode(201).extract().path("caseId");
        String outcome = "{\"outcome\": \"WRITTEN_WARNING\", \"rationale\": \"admitted\"}";
        post("conduct", "/misconduct/" + id + "/outcome", outcome).statusCode(409).body("type", endsWith("investigation-not-open"));
        post("conduct", "/misconduct/" + id + "/investigation", "{\"investigator\": \"senior\"}").statusCode(201);
        post("conduct", "/misconduct/" + id + "/outcome", outcome).statusCode(201);

        given().auth().oauth2(Tokens.of("conduct")).when().get("/misconduct/" + id).then().statusCode(200)
                .body("conclusion.outcome", equalTo("WRITTEN_WARNING"));
        for (String user : List.of("senior", "disclosure", "chief", "court", "officer")) {
            given().auth().oauth2(Tokens.of(user)).when().get("/misconduct/" + id).then().statusCode(404);
        }
        try (TopicReader topic = new TopicReader(TOPIC)) {
            assertThat(topic.drain(r -> header(r, "ce_type").startsWith("conduct.misconduct"), Duration.ofSeconds(3))).isEmpty();
        }
    }

    @Test
    void theConductOfficerListsMisconductCasesByMemberOfStaffAndStillOpenAndNoOneElseMay() {
        String open = post("conduct", "/misconduct", "{\"staffId\": \"auditor\", \"allegation\": \"late records\"}")
                .statusCode(201).extract().path("caseId");
        String concluded = post("conduct", "/misconduct", "{\"staffId\": \"auditor\", \"allegation\": \"rude\"}")
                .statusCode(201).extract().path("caseId");
        post("conduct", "/misconduct/" + concluded + "/investigation", "{\"investigator\": \"senior\"}").statusCode(201);
        post("conduct", "/misconduct/" + concluded + "/outcome", "{\"outcome\": \"NOT_UPHELD\", \"rationale\": \"no evidence\"}")
                .statusCode(201);

        given().auth().oauth2(Tokens.of("conduct")).when().get("/misconduct?staffId=auditor").then().statusCode(200)
                .body("caseId", org.hamcrest.Matchers.hasItems(open, concluded))
                .body("find { it.caseId == '" + concluded + "' }.stage", equalTo("CONCLUDED"))
                .body("find { it.caseId == '" + concluded + "' }.outcome", equalTo("NOT_UPHELD"))
                .body("staffId", org.hamcrest.Matchers.everyItem(equalTo("auditor")));
        given().auth().oauth2(Tokens.of("conduct")).when().get("/misconduct?staffId=auditor&open=true").then()
                .statusCode(200).body("caseId", org.hamcrest.Matchers.hasItem(open))
                .body("caseId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(concluded)));
        for (String user : List.of("senior", "disclosure", "chief", "court", "officer", "board-secretary", "auditor")) {
            given().auth().oauth2(Tokens.of(user)).when().get("/misconduct").then().statusCode(403);
        }
        given().when().get("/misconduct").then().statusCode(401);
    }

    @Test
    void staffDeclareForThemselvesAndBadDeclarationsAreNamed() {
        String crn = crn();
        post("officer", "/declarations/relationships", """
                {"staffId": "senior", "crn": "%s", "relationship": "SOCIAL", "details": "x"}""".formatted(crn)).statusCode(403);
        post("conduct", "/declarations/relationships", """
                {"staffId": "senior", "crn": "%s", "relationship": "SOCIAL", "details": "reported for him"}""".formatted(crn))
                .statusCode(201);
        post("officer", "/declarations/relationships", """
                {"staffId": "officer", "crn": "%s", "relationship": "COUSIN", "details": "x"}""".formatted(crn))
                .statusCode(400).body("field", equalTo("relationship"));
        post("conduct", "/declarations/relationships", """
                {"staffId": "nobody", "crn": "%s", "relationship": "SOCIAL", "details": "x"}""".formatted(crn)).statusCode(404);
        given().contentType(ContentType.JSON).body("{}").when().post("/declarations/relationships").then().statusCode(401);
    }

    @Test
    void aGiftFromAServiceUserIsNeverAcceptedAndItsOfferIsRecordedAsDeclined_002_7_4() {
        String crn = crn();
        post("officer", "/gifts", gift(crn, "SERVICE_USER", "ACCEPTED", "12.50"))
                .statusCode(409).contentType("application/problem+json").body("type", endsWith("gift-from-service-user"))
                .body("source", equalTo("002_d7d6c09e19b6ddeb.txt 7.4"));

        ConsumerRecord<String, String> record = published(crn, "conduct.gift-offer.declined");
        assertThat(record.value()).contains("\"crn\":\"" + crn + "\"").contains("\"value\":12.5")
                .contains("\"acceptanceRefused\":true");
        post("officer", "/gifts", gift(crn, "SERVICE_USER", "DECLINED", "5")).statusCode(201)
                .body("status", equalTo("DECLINED"));
        post("officer", "/gifts", gift(crn, "SERVICE_USER", "DECLINED", "5").replace("\"crn\": \"" + crn + "\", ", ""))
                .statusCode(400).body("field", equalTo("crn"));
    }

    @Test
    void giftsAboveNominalValueAwaitTheLineManagerAndTheRegisterIsForTheBoardSecretary_002_7_4() {
        post("officer", "/gifts", gift(null, "SUPPLIER", "ACCEPTED", "60")).statusCode(201)
                .body("status", equalTo("PENDING"));
        post("officer", "/gifts", gift(null, "PARTNER", "ACCEPTED", "10")).statusCode(201).body("status", equalTo("ACCEPTED"));

        given().auth().oauth2(Tokens.of("board-secretary")).when().get("/gifts").then().statusCode(200)
                .body("find { it.status == 'PENDING' }.donorType", equalTo("SUPPLIER"));
        given().auth().oauth2(Tokens.of("officer")).when().get("/gifts").then().statusCode(403);
    }

    @Test
    void anyoneMayDiscloseAnonymouslyAndOnlyTheDisclosureOfficerReads_002_8_6() {
        String receipt = given().contentType(ContentType.JSON)
                .body("{\"summary\": \"records altered\", \"concerns\": \"contact logs backdated\"}")
                .when().post("/disclosures").then().statusCode(201).extract().path("receiptCode");

        given().when().get("/disclosures/receipts/" + receipt).then().statusCode(200).body("status", equalTo("RECEIVED"));
        given().contentType(ContentType.JSON).body("{\"information\": \"it happened on the 3rd\"}")
                .when().post("/disclosures/receipts/" + receipt + "/information").then().statusCode(201);
        given().auth().oauth2(Tokens.of("disclosure")).when().get("/disclosures").then().statusCode(200)
                .body("find { it.summary == 'records altered' }.information", equalTo("it happened on the 3rd"));
        for (String user : List.of("officer", "senior", "conduct", "auditor", "court", "partner-police", "pop")) {
            given().auth().oauth2(Tokens.of(user)).when().get("/disclosures").then().statusCode(403);
        }
        for (String user : List.of("chief", "board-secretary")) {
            given().auth().oauth2(Tokens.of(user)).when().get("/disclosures").then().statusCode(200)
                    .body("routedTo", not(hasItem("disclosure-officer")));
        }
        given().when().get("/disclosures").then().statusCode(401);
    }

    @Test
    void aDisclosureNamingTheReportersLineManagerGoesPastThem_002_8_6() {
        String summary = "pressure to alter a report " + UUID.randomUUID();
        String receipt = post("officer", "/disclosures", """
                {"summary": "%s", "concerns": "my manager asked me to", "implicated": ["senior"]}"""
                .formatted(summary)).statusCode(201).extract().path("receiptCode");

        // 001: a supervisor implicated, so the chief executive receives it, not the disclosure officer
        given().auth().oauth2(Tokens.of("chief")).when().get("/disclosures").then().statusCode(200)
                .body("find { it.summary == '" + summary + "' }.routedTo", equalTo("chief-executive"))
                .body("find { it.summary == '" + summary + "' }.reporter", equalTo("officer"));
        given().auth().oauth2(Tokens.of("disclosure")).when().get("/disclosures").then().statusCode(200)
                .body("find { it.summary == '" + summary + "' }", nullValue());
        assertThat(receipt).isNotBlank();
        // the log holds the reporter's identity sealed, and does not name them as the actor either
        assertThat(store.readLog(0, 1_000_000).stream().filter(e -> e.type().equals("conduct.disclosure.made"))
                .filter(e -> e.payload().path("summary").asText().equals(summary)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.payload().path("reporter").asText()).isNotEqualTo("officer");
                    assertThat(e.actor().subject()).isEqualTo("reporter");
                });
        try (TopicReader topic = new TopicReader(TOPIC)) {
            assertThat(topic.drain(r -> header(r, "ce_type").startsWith("conduct.disclosure"), Duration.ofSeconds(3))).isEmpty();
        }
    }

    private static String gift(String crn, String donor, String decision, String value) {
        return """
                {"staffId": "officer", "donorType": "%s", %s"description": "box of chocolates", "value": %s,
                 "offeredAt": "2026-11-20T15:00:00Z", "decision": "%s"}""".formatted(donor,
                crn == null ? "" : "\"crn\": \"" + crn + "\", ", value, decision);
    }

    private static ConsumerRecord<String, String> published(String crn, String type) {
        try (TopicReader topic = new TopicReader(TOPIC)) {
            List<ConsumerRecord<String, String>> records = topic.await(
                    r -> header(r, "ce_type").equals(type) && r.value().contains(crn), 1, Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
            return records.getFirst();
        }
    }

    private static String crn() {
        return "C" + String.format("%06d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L));
    }
}
