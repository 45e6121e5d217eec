package org.desist.conduct;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.desist.conduct.Calls.get;
import static org.desist.conduct.Calls.post;
import static org.desist.conduct.Calls.unique;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.desist.eventstore.EventStore;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * HTTP optimistic concurrency on conduct-service's records: each write answers the record's version after it as the
 * ETag, and one made on a version since overtaken is refused (409 stale-version) and writes nothing. Without If-Match
 * a write decides on the record as it stands.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class VersionedWritesTest {

    @Inject
    EventStore store;

    @Test
    void aMoveOnAStaleVersionOfAStaffRecordIsRefusedAndWritesNothing() {
        String staffId = joined();
        String move = "{\"team\": \"N07\", \"reason\": \"moved\"}";

        as("chief", "\"0\"", "/staff/" + staffId + "/moves", move).statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("stale-version"))
                .body("field", equalTo("If-Match"));
        assertThat(store.currentVersion(staffId)).isEqualTo(1);
        as("chief", "\"1\"", "/staff/" + staffId + "/moves", move).statusCode(201).header("ETag", "\"2\"");
        post("chief", "/staff/" + staffId + "/moves", "{\"team\": \"N08\", \"reason\": \"moved on\"}").statusCode(201)
                .header("ETag", "\"3\"");
    }

    @Test
    void anInvestigationOnAStaleVersionOfAMisconductCaseIsRefusedAndWritesNothing() {
        String staffId = joined();
        var alleged = post("conduct", "/misconduct", "{\"staffId\": \"%s\", \"allegation\": \"x\"}".formatted(staffId))
                .statusCode(201).header("ETag", "\"1\"").extract();
        String caseId = alleged.path("caseId");
        post("conduct", "/misconduct/" + caseId + "/investigation", "{\"investigator\": \"senior\"}").statusCode(201)
                .header("ETag", "\"2\"");
        as("conduct", "\"1\"", "/misconduct/" + caseId + "/outcome",
                "{\"outcome\": \"NOT_UPHELD\", \"rationale\": \"x\"}").statusCode(409)
                .body("type", endsWith("stale-version"));
        assertThat(store.currentVersion(caseId)).isEqualTo(2);
    }

    @Test
    void aDisclosureIsReadAndMovedOnByItsVersion_andAStaleOneWritesNothing_002_8_6() {
        var made = given().contentType(ContentType.JSON).body("{\"summary\": \"%s\", \"concerns\": \"x\"}"
                .formatted(unique("versions"))).when().post("/disclosures").then().statusCode(201)
                .header("ETag", "\"1\"").extract();
        String id = made.path("disclosureId");
        String receipt = made.path("receiptCode");
        String read = get("disclosure", "/disclosures/" + id).statusCode(200).extract().header("ETag");
        assertThat(read).isEqualTo("\"1\"");

        String status = "{\"status\": \"UNDER_INVESTIGATION\", \"rationale\": \"logs requested\"}";
        as("disclosure", read, "/disclosures/" + id + "/status", status).statusCode(201).header("ETag", "\"2\"");
        as("disclosure", read, "/disclosures/" + id + "/status", status).statusCode(409)
                .body("type", endsWith("stale-version"));
        given().header("If-Match", read).contentType(ContentType.JSON).body("{\"information\": \"more\"}")
                .when().post("/disclosures/receipts/" + receipt + "/information").then().statusCode(409)
                .body("type", endsWith("stale-version"));
        assertThat(store.currentVersion(id)).isEqualTo(2);
        String followed = given().when().get("/disclosures/receipts/" + receipt).then().statusCode(200)
                .body("status", equalTo("UNDER_INVESTIGATION")).extract().header("ETag");
        given().header("If-Match", followed).contentType(ContentType.JSON).body("{\"information\": \"more\"}")
                .when().post("/disclosures/receipts/" + receipt + "/information").then().statusCode(201)
                .header("ETag", "\"3\"");
    }

    @Test
    void theLineManagersDecisionOnAPendingGiftTakesTheVersionTheOfferAnswered_002_7_4() {
        String staffId = joined();
        var offered = post("conduct", "/gifts", """
                {"staffId": "%s", "kind": "HOSPITALITY", "donorType": "SUPPLIER", "description": "dinner",
                 "value": 80, "offeredAt": "2026-11-20T15:00:00Z", "decision": "ACCEPTED"}""".formatted(staffId))
                .statusCode(201).body("status", equalTo("PENDING")).extract();
        String etag = offered.header("ETag");
        String decision = "/gifts/" + offered.path("offerId") + "/decision";

        as("senior", "\"" + (Long.parseLong(etag.replace("\"", "")) - 1) + "\"", decision,
                "{\"decision\": \"ACCEPTED\", \"rationale\": \"x\"}").statusCode(409).body("type", endsWith("stale-version"));
        as("senior", etag, decision, "{\"decision\": \"DECLINED\", \"rationale\": \"too lavish\"}").statusCode(201);
        assertThat(store.currentVersion("staff-private:" + staffId)).isEqualTo(Long.parseLong(etag.replace("\"", "")) + 1);
    }

    /** A new member of staff, answering to senior: their record is at version 1. */
    private static String joined() {
        String staffId = unique("vw");
        post("chief", "/staff", """
                {"staffId": "%s", "name": "Versioned Writer", "role": "probation-officer", "team": "N01",
                 "lineManager": "senior"}""".formatted(staffId)).statusCode(201).header("ETag", "\"1\"");
        return staffId;
    }

    private static ValidatableResponse as(String user, String etag, String path, String json) {
        return given().auth().oauth2(Tokens.of(user)).header("If-Match", etag).contentType(ContentType.JSON).body(json)
                .when().post(path).then();
    }
}
