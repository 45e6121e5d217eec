package org.desist.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.desist.gateway.Upstreams;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(Upstreams.class)
class BodyLimitTest {

    /** The test profile's limit is 64 KiB. */
    @Test
    void aBodyOverTheLimitIs413Problem_beforeTheServiceSeesIt() {
        given().auth().oauth2(Tokens.of("senior")).contentType("application/json")
                .body("{\"notes\": \"" + "x".repeat(70_000) + "\"}")
                .when().post("/api/case/people/X000001/contacts").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://desist.dev/problems/body-too-large"));
    }

    @Test
    void aBodyWithinTheLimitPasses() {
        given().auth().oauth2(Tokens.of("senior")).contentType("application/json")
                .body("{\"notes\": \"" + "x".repeat(60_000) + "\"}")
                .when().post("/api/case/people/X000001/contacts").then().statusCode(200);
    }
}
