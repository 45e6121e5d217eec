package org.desist.conduct.gift;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.staff.StaffMember;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.NewEvent;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The register of gifts and hospitality over REST, as staff, their line manager and the board secretary use it. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class GiftRegisterTest {

    @Inject
    EventStore store;

    @Inject
    ObjectMapper json;

    @Test
    void anOfferStoredBeforeKindsExistedReadsAsAGiftAndAwaitsTheLineManagerStill_002_7_4() throws Exception {
        UUID id = UUID.randomUUID();
        String description = unique("hamper stored at schema version 1");
        store.append(StaffMember.stream("officer"), ExpectedVersion.any(), List.of(new NewEvent(
                "conduct.gift-offer.recorded", 1, json.readTree("""
                        {"offerId": "%s", "staffId": "officer", "donorType": "SUPPLIER", "description": "%s",
                         "value": 70, "offeredAt": "2026-11-20T15:00:00Z", "decision": "ACCEPTED",
                         "awaitingLineManager": true, "lineManager": "senior"}""".formatted(id, description)),
                Instant.now(), Optional.empty())), CommandMetadata.by(new Actor("officer", "probation-officer",
                        Optional.of("N01"), Optional.empty())));

        mine("officer", description).body("kind", equalTo("GIFT")).body("offeredTo", equalTo("EMPLOYEE"))
                .body("status", equalTo("PENDING"));
        post("senior", "/gifts/" + id + "/decision", "{\"decision\": \"DECLINED\", \"rationale\": \"too generous\"}")
                .statusCode(201);
        mine("officer", description).body("status", equalTo("DECLINED"));
    }

    @Test
    void moneyIsNeverAccepted_002_7_4() {
        String description = unique("£20 cash");
        post("officer", "/gifts", offer(description, "SUPPLIER", "MONEY", "EMPLOYEE", "RECEIVED", "ACCEPTED", "20"))
                .statusCode(409).contentType("application/problem+json").body("type", endsWith("money-gift"))
                .body("source", equalTo("002_d7d6c09e19b6ddeb.txt 7.4")).header("ETag", notNullValue());

        mine("officer", description).body("status", equalTo("DECLINED (ACCEPTANCE REFUSED)")).body("kind", equalTo("MONEY"));
        String fromServiceUser = unique("cash in a card");
        post("officer", "/gifts", offer(fromServiceUser, "SERVICE_USER", "MONEY", "EMPLOYEE", "RECEIVED", "ACCEPTED", "5")
                .replace("{", "{\"crn\": \"K123456\", ")).statusCode(409).body("type", endsWith("money-gift"));
        mine("officer", fromServiceUser).body("status", equalTo("DECLINED (ACCEPTANCE REFUSED)"))
                .body("crn", equalTo("K123456"));
    }

    @Test
    void offersToAnEmployeesFamilyAreRecordedAsSuch_002_7_4() {
        String description = unique("weekend in a cottage for my partner");
        post("officer", "/gifts", offer(description, "SUPPLIER", "ACCOMMODATION", "FAMILY_MEMBER", "RECEIVED", "DECLINED",
                "300")).statusCode(201).body("status", equalTo("DECLINED"));

        mine("officer", description).body("offeredTo", equalTo("FAMILY_MEMBER")).body("kind", equalTo("ACCOMMODATION"));
    }

    @Test
    void giftsGivenByStaffAreRecorded_002_7_4() {
        String description = unique("leaving card and flowers");
        post("officer", "/gifts", offer(description, "PARTNER", "GIFT", "EMPLOYEE", "GIVEN", "ACCEPTED", "15"))
                .statusCode(201).body("status", equalTo("ACCEPTED"));

        mine("officer", description).body("direction", equalTo("GIVEN"));
        given().auth().oauth2(Tokens.of("senior")).when().get("/gifts/mine").then().statusCode(200)
                .body("find { it.description == '" + description + "' }", nullValue());
    }

    @Test
    void aGiftAboveNominalValueIsPendingUntilTheLineManagerDecides_002_7_4() {
        String description = unique("conference dinner");
        var created = post("officer", "/gifts", offer(description, "SUPPLIER", "HOSPITALITY", "EMPLOYEE", "RECEIVED",
                "ACCEPTED", "60")).statusCode(201).body("status", equalTo("PENDING")).extract();
        String id = created.path("offerId");
        String seen = created.header("ETag");
        String latest = post("officer", "/gifts", offer(unique("calendar"), "SUPPLIER", "GIFT", "EMPLOYEE", "RECEIVED",
                "ACCEPTED", "4")).statusCode(201).extract().header("ETag");
        given().auth().oauth2(Tokens.of("senior")).when().get("/gifts/awaiting-my-decision").then().statusCode(200)
                .body("find { it.offerId == '" + id + "' }.description", equalTo(description));
        given().auth().oauth2(Tokens.of("court")).when().get("/gifts/awaiting-my-decision").then().statusCode(200)
                .body("find { it.offerId == '" + id + "' }", nullValue());

        String decision = "{\"decision\": \"ACCEPTED\", \"rationale\": \"a conference dinner; no tender pending\"}";
        post("officer", "/gifts/" + id + "/decision", decision).statusCode(403);
        post("court", "/gifts/" + id + "/decision", decision).statusCode(403);
        post("senior", "/gifts/" + id + "/decision", "{\"decision\": \"ACCEPTED\"}").statusCode(400);
        decideAs("senior", id, seen, decision).statusCode(409).body("type", endsWith("stale-version"));
        decideAs("senior", id, latest, decision).statusCode(201).header("ETag", notNullValue())
                .body("status", equalTo("ACCEPTED"));
        post("senior", "/gifts/" + id + "/decision", decision).statusCode(409)
                .body("type", endsWith("gift-already-decided"));
        post("senior", "/gifts/" + UUID.randomUUID() + "/decision", decision).statusCode(404);

        mine("officer", description).body("status", equalTo("ACCEPTED")).body("decidedBy", equalTo("senior"))
                .body("rationale", equalTo("a conference dinner; no tender pending"));
        given().auth().oauth2(Tokens.of("senior")).when().get("/gifts/awaiting-my-decision").then().statusCode(200)
                .body("find { it.offerId == '" + id + "' }", nullValue());
        given().auth().oauth2(Tokens.of("board-secretary")).when().get("/gifts").then().statusCode(200)
                .body("find { it.offerId == '" + id + "' }.status", equalTo("ACCEPTED"));
    }

    private static ValidatableResponse decideAs(String user, String id, String ifMatch, String decision) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(decision).when().post("/gifts/" + id + "/decision").then();
    }

    private static ValidatableResponse mine(String user, String description) {
        return given().auth().oauth2(Tokens.of(user)).when().get("/gifts/mine").then().statusCode(200)
                .rootPath("find { it.description == '" + description + "' }");
    }

    private static ValidatableResponse post(String user, String path, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json).when().post(path).then();
    }

    private static String offer(String description, String donor, String kind, String offeredTo, String direction,
            String decision, String value) {
        return """
                {"staffId": "officer", "donorType": "%s", "kind": "%s", "offeredTo": "%s", "direction": "%s",
                 "description": "%s", "value": %s, "offeredAt": "2026-11-20T15:00:00Z", "decision": "%s"}"""
                .formatted(donor, kind, offeredTo, direction, description, value, decision);
    }

    private static String unique(String description) {
        return description + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
