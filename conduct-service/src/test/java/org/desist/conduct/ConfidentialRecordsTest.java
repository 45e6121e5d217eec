package org.desist.conduct;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.desist.conduct.Calls.USERS;
import static org.desist.conduct.Calls.get;
import static org.desist.conduct.Calls.post;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

/**
 * Disclosures and misconduct cases are confidential even as to whether they exist: to anyone but their designated
 * role, an address naming one answers exactly as an address naming nothing does (404), role by role.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class ConfidentialRecordsTest {

    @Inject
    EventStore store;

    @Test
    void aDisclosureIsNotFoundByAnyoneButItsRecipientTheDisclosureOfficerAndItsStatusChangesAreEvents_002_8_6() {
        String summary = "expenses claimed twice " + UUID.randomUUID();
        String receipt = post("officer", "/disclosures", "{\"summary\": \"%s\", \"concerns\": \"claims doubled\"}"
                .formatted(summary)).statusCode(201).extract().path("receiptCode");
        String id = get("disclosure", "/disclosures").statusCode(200).extract()
                .path("find { it.summary == '" + summary + "' }.disclosureId");
        get("disclosure", "/disclosures/" + id).statusCode(200).body("summary", equalTo(summary))
                .body("reporter", equalTo("officer")).body("status", equalTo("RECEIVED"));

        String nothing = UUID.randomUUID().toString();
        String status = "{\"status\": \"UNDER_INVESTIGATION\", \"rationale\": \"x\"}";
        for (String user : USERS) {
            if (user.equals("disclosure")) {
                continue;
            }
            assertSameAnswer(get(user, "/disclosures/" + id).statusCode(404).extract().as(Map.class),
                    get(user, "/disclosures/" + nothing).statusCode(404).extract().as(Map.class), id, nothing);
            assertSameAnswer(post(user, "/disclosures/" + id + "/status", status).statusCode(404).extract().as(Map.class),
                    post(user, "/disclosures/" + nothing + "/status", status).statusCode(404).extract().as(Map.class),
                    id, nothing);
            if (user.equals("chief") || user.equals("board-secretary")) {
                get(user, "/disclosures").statusCode(200).body("summary", not(hasItem(summary)));
            } else {
                get(user, "/disclosures").statusCode(403);
            }
        }
        given().when().get("/disclosures/" + id).then().statusCode(401);

        post("disclosure", "/disclosures/" + id + "/status", status).statusCode(201);
        given().when().get("/disclosures/receipts/" + receipt).then().statusCode(200)
                .body("status", equalTo("UNDER_INVESTIGATION"));
        post("disclosure", "/disclosures/" + id + "/status", "{\"status\": \"CLOSED\", \"rationale\": \"repaid\"}")
                .statusCode(201);
        post("disclosure", "/disclosures/" + id + "/status", status).statusCode(409).body("type", endsWith("disclosure-closed"));
        post("disclosure", "/disclosures/" + nothing + "/status", status).statusCode(404);

        List<StoredEvent> events = store.readStream(id);
        assertThat(events).extracting(StoredEvent::type).containsExactly("conduct.disclosure.made",
                "conduct.disclosure.status-changed", "conduct.disclosure.status-changed");
        assertThat(events.getLast().actor().role()).isEqualTo("disclosure-officer");
        assertThat(events.getLast().rationale()).contains("repaid");
    }

    @Test
    void aMisconductCaseIsNotFoundByAnyoneButTheConductOfficer() {
        String id = post("conduct", "/misconduct", "{\"staffId\": \"court\", \"allegation\": \"left a file on a train\"}")
                .statusCode(201).extract().path("caseId");
        String nothing = UUID.randomUUID().toString();
        String investigation = "{\"investigator\": \"senior\"}";
        String outcome = "{\"outcome\": \"ADVICE\", \"rationale\": \"x\"}";
        for (String user : USERS) {
            if (user.equals("conduct")) {
                continue;
            }
            assertSameAnswer(get(user, "/misconduct/" + id).statusCode(404).extract().as(Map.class),
                    get(user, "/misconduct/" + nothing).statusCode(404).extract().as(Map.class), id, nothing);
            assertSameAnswer(post(user, "/misconduct/" + id + "/investigation", investigation).statusCode(404)
                    .extract().as(Map.class), post(user, "/misconduct/" + nothing + "/investigation", investigation)
                    .statusCode(404).extract().as(Map.class), id, nothing);
            assertSameAnswer(post(user, "/misconduct/" + id + "/outcome", outcome).statusCode(404).extract().as(Map.class),
                    post(user, "/misconduct/" + nothing + "/outcome", outcome).statusCode(404).extract().as(Map.class),
                    id, nothing);
            post(user, "/misconduct", "{\"staffId\": \"court\", \"allegation\": \"x\"}").statusCode(403);
        }
        given().when().get("/misconduct/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(investigation).when().post("/misconduct/" + id + "/investigation")
                .then().statusCode(401);

        assertThat(store.readStream(id)).extracting(StoredEvent::type).containsExactly("conduct.misconduct.alleged");
        get("conduct", "/misconduct/" + id).statusCode(200).body("allegation.staffId", equalTo("court"));
        get("conduct", "/misconduct/" + nothing).statusCode(404);
    }

    /** The answer about a record that exists reads exactly as the one about an id that names nothing. */
    private static void assertSameAnswer(Map<?, ?> existing, Map<?, ?> missing, String id, String nothing) {
        assertThat(existing.get("type")).isEqualTo(missing.get("type"));
        assertThat(existing.keySet()).isEqualTo(missing.keySet());
        assertThat(String.valueOf(existing.get("detail")).replace(id, nothing)).isEqualTo(missing.get("detail"));
        assertThat(existing.get("title")).isEqualTo(missing.get("title"));
    }
}
