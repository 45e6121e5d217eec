package org.desist.conduct.subjectaccess;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.desist.eventstore.subjectaccess.Redaction;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * conduct-service's part of a subject access request (200, 204, 209): only what names the person as a person on
 * probation — a gift they offered, a relationship declared with them — never the staff member's conduct record.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class SubjectAccessRequestTest {

    @Test
    void aPersonTheRegisterNeverNamedIs209() {
        sar("crn=" + freshCrn()).statusCode(209);
    }

    @Test
    void declarationsAndGiftsNamingThePersonAreAnsweredWithoutTheStaffMembersAccount_002_7_4() {
        String crn = freshCrn();
        String cousin = "a distant cousin " + UUID.randomUUID();
        post("/declarations/relationships", """
                {"staffId": "officer", "crn": "%s", "relationship": "FAMILY", "details": "%s"}""".formatted(crn, cousin))
                .statusCode(201);
        post("/gifts", """
                {"staffId": "officer", "crn": "%s", "donorType": "SERVICE_USER", "kind": "GIFT", "offeredTo": "EMPLOYEE",
                 "direction": "RECEIVED", "description": "a box of chocolates", "value": 5,
                 "offeredAt": "2026-11-20T15:00:00Z", "decision": "DECLINED"}""".formatted(crn))
                .statusCode(anyOf(is(201), is(409)));

        String body = sar("crn=" + crn).statusCode(200)
                .body("content.service", equalTo("conduct-service"))
                .body("content.records.what", hasItem("conduct.relationship.declared"))
                .body("content.records.find { it.what == 'conduct.relationship.declared' }.details.relationship",
                        equalTo("FAMILY"))
                .body("content.records.find { it.what == 'conduct.relationship.declared' }.details.details", nullValue())
                .body("content.records.find { it.what == 'conduct.relationship.declared' }.details.staffId",
                        equalTo(Redaction.WITHHELD))
                .body("content.records.find { it.what == 'conduct.gift-offer.declined' }.details.description",
                        equalTo("a box of chocolates"))
                .extract().asString();
        assertThat(body).doesNotContain(cousin);

        sar("crn=" + crn + "&toDate=2001-12-31").statusCode(204);
    }

    @Test
    void staffNamedInTheTextOfARecordAboutThePersonAreRedactedAsMembersOfStaff() {
        String crn = freshCrn();
        String name = "Sam Q" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "ley";
        given().auth().oauth2(Tokens.of("conduct")).contentType(ContentType.JSON).body("""
                {"staffId": "%s", "name": "%s", "role": "probation-officer", "team": "N01", "lineManager": "senior"}"""
                .formatted("staff-" + UUID.randomUUID().toString().substring(0, 8), name)).when().post("/staff").then()
                .statusCode(201);
        post("/gifts", """
                {"staffId": "officer", "crn": "%s", "donorType": "SERVICE_USER", "kind": "GIFT", "offeredTo": "EMPLOYEE",
                 "direction": "RECEIVED", "description": "flowers, offered in front of %s", "value": 5,
                 "offeredAt": "2026-11-21T15:00:00Z", "decision": "DECLINED"}""".formatted(crn, name.toLowerCase()))
                .statusCode(201);

        sar("crn=" + crn).statusCode(200)
                .body("content.records.find { it.what == 'conduct.gift-offer.declined' }.details.description",
                        equalTo("flowers, offered in front of " + Redaction.STAFF_MEMBER))
                .body("content.withheld", hasItem(containsString(Redaction.STAFF_MEMBER)));
    }

    private static ValidatableResponse post(String path, String json) {
        return given().auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON).body(json).when().post(path)
                .then();
    }

    private static String freshCrn() {
        return "R" + String.format("%06d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L));
    }

    private static ValidatableResponse sar(String query) {
        return given().auth().oauth2(Tokens.of("auditor")).when().get("/subject-access-request?" + query).then();
    }
}
