package org.desist.risk.subjectaccess;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.subjectaccess.Redaction;
import org.desist.testing.CloudEventWriter;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** risk-service's part of a subject access request (200, 204, 209): the risk record, assessors by role and team. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_risk_test"))
class SubjectAccessRequestTest {

    private static CloudEventWriter caseService;

    @BeforeAll
    static void connect() {
        caseService = new CloudEventWriter("desist.case.events.test", "/desist/case-service");
    }

    @AfterAll
    static void disconnect() {
        caseService.close();
    }

    @Test
    void aPersonNotKnownHereIs209() {
        sar("crn=" + freshCrn()).statusCode(209);
    }

    @Test
    void aKnownPersonWithNothingRecordedInThePeriodIs204() {
        String crn = registeredPerson();
        sar("crn=" + crn + "&toDate=2001-12-31").statusCode(204);
    }

    @Test
    void theRiskRecordIsAnsweredWithTheAssessorByRoleAndTeam() {
        String crn = registeredPerson();
        given().auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON)
                .body("{\"level\": \"TIER\", \"value\": \"B2\", \"rationale\": \"threats to a new partner\"}")
                .when().post("/people/" + crn + "/overrides").then().statusCode(201);

        sar("crn=" + crn + "&fromDate=" + java.time.LocalDate.now().minusDays(1)).statusCode(200)
                .body("content.service", equalTo("risk-service"))
                .body("content.records.what", hasItem("tier.calculation.changed"))
                .body("content.records.find { it.what == 'risk-assessment.override.recorded' }.details.rationale",
                        equalTo("threats to a new partner"))
                .body("content.records.find { it.what == 'risk-assessment.override.recorded' }.details.recordedBy",
                        equalTo(Redaction.WITHHELD))
                .body("content.records.find { it.what == 'risk-assessment.override.recorded' }.recordedBy",
                        equalTo("probation-officer, team N01"))
                // the officer's reads of the record (GET /tier) are in its access log, by role and team
                .body("content.accessLog.find { it.operation.startsWith('GET') }.by", equalTo("probation-officer, team N01"));
    }

    private static String registeredPerson() {
        String crn = freshCrn();
        caseService.send(UuidV7.next(), "probation-case.person.registered", crn, 1, """
                {"crn":"%s","firstName":"Sam","lastName":"Jones","dateOfBirth":"1985-04-01","sex":"MALE","equality":{}}"""
                .formatted(crn));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.of("officer")).when()
                .get("/people/" + crn + "/tier").then().extract().statusCode() == 200);
        return crn;
    }

    private static String freshCrn() {
        return "S" + String.format("%06d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L));
    }

    private static ValidatableResponse sar(String query) {
        return given().auth().oauth2(Tokens.of("auditor")).when().get("/subject-access-request?" + query).then();
    }
}
