package org.desist.cases.subjectaccess;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.desist.cases.CaseApi;
import org.desist.cases.person.Crn;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * case-service's part of a subject access request, in the contract UK probation services use (200, 204, 209): the
 * person's own record with staff by role and team, victims' records left out and their names redacted, and who read
 * the record when.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class SubjectAccessRequestTest {

    @Test
    void aPersonNotKnownHereIs209() {
        sar("crn=" + Crn.next()).statusCode(209);
    }

    @Test
    void aKnownPersonWithNothingRecordedInThePeriodIs204() {
        String crn = CaseApi.register();
        sar("crn=" + crn + "&fromDate=2001-01-01&toDate=2001-12-31").statusCode(204);
    }

    @Test
    void theRecordIsAnsweredWithVictimsLeftOutAndStaffByRoleAndTeam() {
        String crn = CaseApi.register();
        CaseApi.post("officer", "/people/" + crn + "/sentences", """
                {"type": "CUSTODY", "sentenceDate": "2025-03-02", "court": "Leeds Crown Court", "lengthMonths": 24,
                 "offences": [{"offenceCode": "00101", "offenceDate": "2025-01-10"}]}""").statusCode(201);
        CaseApi.post("officer", "/people/" + crn + "/victims",
                "{\"name\": \"Jo Bloggs\", \"contactDetails\": \"12 Hill Street\", \"optedIntoContactScheme\": true}")
                .statusCode(201);
        CaseApi.recordContact(crn, """
                {"type": "OFFICE_VISIT", "occurredAt": "2026-01-05T10:00:00Z", "outcome": "ATTENDED_COMPLIED",
                 "notes": "said he saw jo bloggs in town and walked away", "loneContact": false}""").statusCode(201);
        CaseApi.get("/people/" + crn).statusCode(200);

        String body = sar("crn=" + crn).statusCode(200)
                .body("content.service", equalTo("case-service"))
                .body("content.crn", equalTo(crn))
                .body("content.records.what", hasItem("probation-case.person.registered"))
                .body("content.records.what", everyItem(not(startsWith("victim-contact."))))
                .body("content.records.find { it.what == 'probation-case.contact.recorded' }.details.notes",
                        equalTo("said he saw [third party] in town and walked away"))
                .body("content.records.find { it.what == 'probation-case.contact.recorded' }.recordedBy",
                        equalTo("probation-officer, team N01"))
                .body("content.accessLog.find { it.operation == 'GET /people/" + crn + "' }.by",
                        equalTo("probation-officer, team N01"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("Bloggs").doesNotContain("12 Hill Street");

        // The request itself was recorded: the next answer lists it.
        sar("crn=" + crn).statusCode(200)
                .body("content.accessLog.find { it.basis == 'subject-access-request' }.by", equalTo("auditor"));
    }

    @Test
    void otherPeopleOnProbationNamedInNotesAreRedactedAsWholeWordsInAnyCase_whileThePersonsOwnNameStays() {
        String surname = "Q" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "ston";
        String other = CaseApi.registerAs("officer", CaseApi.person().replace("\"Alex\"", "\"Rowan\"")
                .replace("\"Morgan\"", "\"" + surname + "\"")).statusCode(201).extract().path("crn");
        String crn = CaseApi.register();
        CaseApi.recordContact(crn, """
                {"type": "OFFICE_VISIT", "occurredAt": "2026-01-05T10:00:00Z", "outcome": "ATTENDED_COMPLIED",
                 "notes": "Alex Morgan said ROWAN %s's flat is near; rowan %sx is someone else", "loneContact": false}"""
                .formatted(surname.toUpperCase(), surname)).statusCode(201);

        sar("crn=" + crn).statusCode(200)
                .body("content.records.find { it.what == 'probation-case.contact.recorded' }.details.notes",
                        equalTo("Alex Morgan said [third party]'s flat is near; rowan " + surname + "x is someone else"))
                .body("content.withheld", hasItem(containsString("other people on probation")));
        sar("crn=" + other).statusCode(200)
                .body("content.records.find { it.what == 'probation-case.person.registered' }.details.lastName",
                        equalTo(surname));
    }

    @Test
    void onlyAuditorsAskAndAMalformedRequestNamesItsField() {
        given().auth().oauth2(Tokens.of("officer")).when().get("/subject-access-request?crn=" + Crn.next()).then()
                .statusCode(403);
        sar("crn=nope").statusCode(400).contentType("application/problem+json").body("field", equalTo("crn"));
        sar("crn=" + Crn.next() + "&fromDate=2026-02-01&toDate=2026-01-01").statusCode(400)
                .body("field", equalTo("toDate"));
        sar("crn=" + Crn.next() + "&fromDate=yesterday").statusCode(400).body("field", equalTo("fromDate"));
    }

    private static ValidatableResponse sar(String query) {
        return given().auth().oauth2(Tokens.of("auditor")).when().get("/subject-access-request?" + query).then();
    }
}
