package org.desist.gateway.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import org.desist.gateway.Upstreams;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(Upstreams.class)
class BearerAccessTest {

    @Test
    void noTokenIsA401ProblemAndNothingReachesTheService() {
        given().when().get("/api/case/people/X000001").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("type", equalTo("https://desist.dev/problems/unauthenticated"));
    }

    @Test
    void aTamperedTokenIsA401Problem() {
        String[] parts = Tokens.of("officer").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("probation-officer", "chief-executive");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        given().auth().oauth2(tampered).when().get("/api/case/people/X000001").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://desist.dev/problems/invalid-token"));
    }

    @Test
    void anUnsignedTokenIsA401Problem() {
        String[] parts = Tokens.of("officer").split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        given().auth().oauth2(none + "." + parts[1] + ".").when().get("/api/case/people/X000001").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anIdTokenIsNotAnAccessTokenAndIsRefused() {
        given().auth().oauth2(Tokens.idToken("officer")).when().get("/api/case/people/X000001").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anOperationTheServicesLeaveOpenPassesWithoutAToken_andNoOtherDoes() {
        given().when().get("/api/case/admin/audit/public-key").then().statusCode(200)
                .body("service", equalTo("case-service"))
                .body("authorization", org.hamcrest.Matchers.nullValue());
        given().contentType("application/json").body("{}").when().post("/api/case/admin/audit/public-key").then()
                .statusCode(401).contentType("application/problem+json");
        given().when().get("/api/case/admin/audit/checkpoint").then().statusCode(401);
    }

    @Test
    void theOpenApiDocumentNeedsNoToken() {
        given().when().get("/openapi").then().statusCode(200);
    }
}
