package org.desist.conduct.conviction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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

/** Convictions and cautions reach the chief executive's register, and the conduct officer still reviews them. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class ConvictionRegisterTest {

    @Test
    void convictionReachesTheChiefExecutivesRegister_002_4_4() {
        String details = "drink driving, fined " + UUID.randomUUID();
        String id = post("officer", "/convictions", """
                {"staffId": "officer", "kind": "CONVICTION", "details": "%s", "date": "2026-10-02"}""".formatted(details))
                .statusCode(201).extract().path("reportId");

        entry("chief", id).body("staffId", equalTo("officer")).body("kind", equalTo("CONVICTION"))
                .body("details", equalTo(details)).body("occurredOn", equalTo("2026-10-02"))
                .body("reportedBy", equalTo("officer")).body("reportedAt", notNullValue()).body("outcome", nullValue());
        for (String outsider : List.of("officer", "senior", "board-secretary", "disclosure")) {
            get(outsider, "/convictions/register").statusCode(403).contentType("application/problem+json");
        }

        post("conduct", "/convictions/officer/" + id + "/review",
                "{\"outcome\": \"DISCIPLINARY_INVESTIGATION\", \"rationale\": \"drives the pool car for home visits\"}")
                .statusCode(201);
        entry("chief", id).body("outcome", equalTo("DISCIPLINARY_INVESTIGATION"))
                .body("rationale", equalTo("drives the pool car for home visits")).body("reviewedBy", equalTo("conduct"));
        entry("conduct", id).body("details", equalTo(details));
    }

    @Test
    void aCautionReportedOnAMembersBehalfReachesTheRegisterToo_002_4_4() {
        String details = "caution for a public order offence " + UUID.randomUUID();
        String id = post("conduct", "/convictions", """
                {"staffId": "court", "kind": "CAUTION", "details": "%s", "date": "2026-09-01"}""".formatted(details))
                .statusCode(201).extract().path("reportId");

        entry("chief", id).body("staffId", equalTo("court")).body("kind", equalTo("CAUTION"))
                .body("reportedBy", equalTo("conduct"));
    }

    private static ValidatableResponse entry(String user, String reportId) {
        return get(user, "/convictions/register").statusCode(200)
                .rootPath("find { it.reportId == '" + reportId + "' }");
    }

    private static ValidatableResponse post(String user, String path, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json).when().post(path).then();
    }

    private static ValidatableResponse get(String user, String path) {
        return given().auth().oauth2(Tokens.of(user)).when().get(path).then();
    }
}
