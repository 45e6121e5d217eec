package org.desist.conduct.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Disclosures reach the recipient who is not implicated; anyone implicated cannot read, list or learn of them (002 8.6; 001). */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class DisclosureRoutingTest {

    @Test
    void anAnonymousDisclosureImplicatingTheDisclosureOfficerGoesToTheChiefExecutiveAndIsHiddenFromThem_002_8_6() {
        String id = disclose(null, "[\"disclosure\"]");

        get("disclosure", "/disclosures").statusCode(200).body("disclosureId", not(hasItem(id)));
        get("disclosure", "/disclosures/" + id).statusCode(404);
        post("disclosure", "/disclosures/" + id + "/status", "{\"status\": \"CLOSED\", \"rationale\": \"x\"}")
                .statusCode(404);
        get("chief", "/disclosures/" + id).statusCode(200).body("routedTo", equalTo("chief-executive"));
        get("chief", "/disclosures").statusCode(200).body("disclosureId", hasItem(id));
        get("board-secretary", "/disclosures/" + id).statusCode(404);
    }

    @Test
    void aDisclosureImplicatingTheChiefExecutiveGoesToTheBoardSecretary_002_8_6() {
        String id = disclose(null, "[\"disclosure\", \"chief\"]");

        for (String implicated : List.of("disclosure", "chief")) {
            get(implicated, "/disclosures").statusCode(200).body("disclosureId", not(hasItem(id)));
            get(implicated, "/disclosures/" + id).statusCode(404);
        }
        get("board-secretary", "/disclosures").statusCode(200).body("disclosureId", hasItem(id));
        get("board-secretary", "/disclosures/" + id).statusCode(200).body("routedTo", equalTo("board-secretary"));
    }

    @Test
    void aNamedReportersImplicatedLineManagerSendsItToTheChiefExecutive_002_8_6() {
        String id = disclose("officer", "[\"senior\"]");

        get("disclosure", "/disclosures/" + id).statusCode(404);
        get("chief", "/disclosures/" + id).statusCode(200).body("reporter", equalTo("officer"));
    }

    @Test
    void aDisclosureImplicatingNoOneOnTheRouteGoesToTheDisclosureOfficerAlone_002_8_6() {
        String id = disclose("officer", "[\"court\"]");

        get("disclosure", "/disclosures/" + id).statusCode(200).body("routedTo", equalTo("disclosure-officer"));
        get("chief", "/disclosures/" + id).statusCode(404);
        get("chief", "/disclosures").statusCode(200).body("disclosureId", not(hasItem(id)));
    }

    /** Made anonymously when {@code reporter} is null; answers the disclosure's id. */
    private static String disclose(String reporter, String implicated) {
        var request = reporter == null ? given() : given().auth().oauth2(Tokens.of(reporter));
        return request.contentType(ContentType.JSON).body("""
                {"summary": "%s", "concerns": "reports altered", "implicated": %s}"""
                .formatted("routing " + UUID.randomUUID(), implicated))
                .when().post("/disclosures").then().statusCode(201).body("receiptCode", notNullValue())
                .body("disclosureId", notNullValue()).extract().path("disclosureId");
    }

    private static ValidatableResponse get(String user, String path) {
        return given().auth().oauth2(Tokens.of(user)).when().get(path).then();
    }

    private static ValidatableResponse post(String user, String path, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json).when().post(path).then();
    }
}
