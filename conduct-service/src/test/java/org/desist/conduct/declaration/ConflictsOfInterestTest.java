package org.desist.conduct.declaration;

import static io.restassured.RestAssured.given;
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
import io.restassured.response.ValidatableResponse;
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

/**
 * Conflicts of interest beside relationships with people on probation, declared to the line manager (001: "disclose
 * any potential conflicts to superiors"), and declarations amended by the declarer, over REST; what stays private.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class ConflictsOfInterestTest {

    @Inject
    EventStore store;

    @Test
    void aFamilyMemberInAPartnerAgencyGoesToTheLineManagerWhoRecordsTheStepsTakenAndNoOtherServiceHears_001() {
        String secret = unique("my brother is a detective sergeant");
        String id = post("officer", "/declarations/conflicts", null, """
                {"staffId": "officer", "conflict": "FAMILY_IN_PARTNER_AGENCY", "agency": "Essex Police",
                 "details": "%s"}""".formatted(secret)).statusCode(201).header("ETag", notNullValue())
                .extract().path("declarationId");

        mine("officer", id).body("conflict", equalTo("FAMILY_IN_PARTNER_AGENCY")).body("agency", equalTo("Essex Police"))
                .body("details", equalTo(secret)).body("decision", nullValue());
        get("senior", "/declarations/awaiting-my-decision").statusCode(200).body("declarationId", hasItem(id));
        get("chief", "/declarations/awaiting-my-decision").statusCode(200).body("declarationId", not(hasItem(id)));

        String review = "{\"decision\": \"RESTRICTIONS_APPLIED\", \"rationale\": \"no cases shared with the public "
                + "protection unit; MAPPA meetings attended by a colleague\"}";
        post("chief", "/declarations/" + id + "/review", null, review).statusCode(403);
        String etag = get("senior", "/declarations?staffId=officer").statusCode(200).extract().header("ETag");
        post("senior", "/declarations/" + id + "/review", etag, review).statusCode(201).header("ETag", notNullValue());
        mine("officer", id).body("decision", equalTo("RESTRICTIONS_APPLIED")).body("decidedBy", equalTo("senior"))
                .body("rationale", endsWith("attended by a colleague"));
        get("senior", "/declarations/awaiting-my-decision").statusCode(200).body("declarationId", not(hasItem(id)));

        assertThat(store.readStream("staff-private:officer")).extracting(StoredEvent::type)
                .contains("conduct.conflict-of-interest.declared", "conduct.declaration.reviewed");
        assertThat(store.readStream("officer")).noneMatch(e -> e.payload().toString().contains(id));
        assertNeverPublished(secret, id);
    }

    @Test
    void aConnectionToACaseNamesTheCaseAndAFamilyMemberInAPartnerAgencyTheAgency_001() {
        post("officer", "/declarations/conflicts", null, """
                {"staffId": "officer", "conflict": "CONNECTION_TO_CASE", "details": "I was the victim's solicitor"}""")
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("crn"))
                .body("rule", equalTo("required-for-a-connection-to-a-case"));
        post("officer", "/declarations/conflicts", null, """
                {"staffId": "officer", "conflict": "FAMILY_IN_PARTNER_AGENCY", "details": "my brother"}""")
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("agency"))
                .body("rule", equalTo("required-for-family-in-a-partner-agency"));
        post("officer", "/declarations/conflicts", null, """
                {"staffId": "senior", "conflict": "FINANCIAL_INTEREST", "details": "shares"}""").statusCode(403);
        String id = post("officer", "/declarations/conflicts", null, """
                {"staffId": "officer", "conflict": "CONNECTION_TO_CASE", "crn": "K765432",
                 "details": "I was the victim's solicitor"}""").statusCode(201).extract().path("declarationId");
        mine("officer", id).body("crn", equalTo("K765432"));
    }

    @Test
    void theDeclarerAmendsADeclarationWithAReasonAndTheLineManagerDecidesAgain() {
        String crn = "A" + String.format("%06d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L));
        ValidatableResponse declared = post("officer", "/declarations/relationships", null, """
                {"staffId": "officer", "crn": "%s", "relationship": "FAMILY", "details": "a distant cousin"}"""
                .formatted(crn)).statusCode(201);
        String id = declared.extract().path("declarationId");
        String review = "{\"decision\": \"NO_FURTHER_ACTION\", \"rationale\": \"never met\"}";
        post("senior", "/declarations/" + id + "/review", null, review).statusCode(201);

        String amendment = unique("my cousin, who now lodges with me");
        String amend = "{\"details\": \"%s\", \"reason\": \"she moved in last week\"}".formatted(amendment);
        post("officer", "/declarations/" + id + "/amendment", null, "{\"details\": \"" + amendment + "\"}")
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("reason"));
        post("senior", "/declarations/" + id + "/amendment", null, amend).statusCode(403)
                .contentType("application/problem+json");
        post("officer", "/declarations/" + id + "/amendment", null, "{\"details\": \"a distant cousin\", \"reason\": "
                + "\"x\"}").statusCode(400).body("field", equalTo("details")).body("rule", equalTo("changed-by-the-amendment"));
        String seen = get("officer", "/declarations/mine").statusCode(200).extract().header("ETag");
        post("officer", "/declarations/" + id + "/amendment", "\"1\"", amend).statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("stale-version"))
                .body("field", equalTo("If-Match"));
        post("officer", "/declarations/" + id + "/amendment", seen, amend).statusCode(201).header("ETag", notNullValue());

        mine("officer", id).body("details", equalTo(amendment)).body("amendments", equalTo(1))
                .body("amendmentReason", equalTo("she moved in last week")).body("decision", nullValue());
        get("senior", "/declarations/awaiting-my-decision").statusCode(200).body("declarationId", hasItem(id));
        post("senior", "/declarations/" + id + "/review", null,
                "{\"decision\": \"RESTRICTIONS_APPLIED\", \"rationale\": \"no contact with the case\"}").statusCode(201);
        mine("officer", id).body("decision", equalTo("RESTRICTIONS_APPLIED"));

        post("officer", "/declarations/" + id + "/withdrawal", null, null).statusCode(201);
        post("officer", "/declarations/" + id + "/amendment", null, amend.replace("last week", "again")
                .replace(amendment, amendment + " again")).statusCode(409).body("type", endsWith("declaration-ended"));
        assertNeverPublished(amendment, "no-such-id");
    }

    @Test
    void aConflictIsWithdrawnNotEndedAsARelationship_001() {
        String id = post("officer", "/declarations/conflicts", null, """
                {"staffId": "officer", "conflict": "FINANCIAL_INTEREST", "details": "shares in the tagging contractor"}""")
                .statusCode(201).extract().path("declarationId");

        post("senior", "/declarations/" + id + "/relationship-end", null, null).statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("not-a-relationship"));
        post("court", "/declarations/" + id + "/withdrawal", null, null).statusCode(403);
        post("officer", "/declarations/" + id + "/withdrawal", null, null).statusCode(201);
        post("senior", "/declarations/" + id + "/withdrawal", null, null).statusCode(409)
                .body("type", endsWith("declaration-ended"));
        mine("officer", id).body("ended", equalTo("WITHDRAWN"));
        get("senior", "/declarations/awaiting-my-decision").statusCode(200).body("declarationId", not(hasItem(id)));
    }

    /** A declaration published after the private records, once on the topic, shows they never went before it. */
    private static void assertNeverPublished(String text, String id) {
        String sentinel = "S" + String.format("%06d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L));
        String sentinelId = post("officer", "/declarations/relationships", null, """
                {"staffId": "officer", "crn": "%s", "relationship": "SOCIAL", "details": "a neighbour"}"""
                .formatted(sentinel)).statusCode(201).extract().path("declarationId");
        try (TopicReader topic = new TopicReader(DeclarationEndingTest.topic())) {
            List<ConsumerRecord<String, String>> seen = topic.await(r -> r.value().contains(sentinel)
                    || r.value().contains(text) || r.value().contains(id), 1, Duration.ofSeconds(30));
            assertThat(seen).singleElement().extracting(ConsumerRecord::value).asString().contains(sentinel);
        }
        post("officer", "/declarations/" + sentinelId + "/withdrawal", null, null).statusCode(201);
    }

    private static ValidatableResponse mine(String user, String id) {
        return get(user, "/declarations/mine").statusCode(200).header("ETag", notNullValue())
                .rootPath("find { it.declarationId == '" + id + "' }");
    }

    private static ValidatableResponse post(String user, String path, String ifMatch, String json) {
        var request = given().auth().oauth2(Tokens.of(user));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        if (json != null) {
            request = request.contentType(ContentType.JSON).body(json);
        }
        return request.when().post(path).then();
    }

    private static ValidatableResponse get(String user, String path) {
        return given().auth().oauth2(Tokens.of(user)).when().get(path).then();
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID();
    }
}
