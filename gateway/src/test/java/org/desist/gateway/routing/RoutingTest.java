package org.desist.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.desist.gateway.Upstreams;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(Upstreams.class)
class RoutingTest {

    @Test
    void eachPrefixReachesItsServiceWithThePrefixStripped() {
        given().auth().oauth2(Tokens.of("officer"))
                .when().get("/api/case/people/X000001?asOf=2026-01-01").then().statusCode(200)
                .body("service", equalTo("case-service"))
                .body("uri", equalTo("/people/X000001?asOf=2026-01-01"));
        given().auth().oauth2(Tokens.of("officer"))
                .when().get("/api/risk/people/X000001/tier").then().statusCode(200)
                .body("service", equalTo("risk-service"))
                .body("uri", equalTo("/people/X000001/tier"));
    }

    @Test
    void theBearerTokenAndTheBodyReachTheServiceUnchanged() {
        String token = Tokens.of("senior");
        given().auth().oauth2(token).contentType("application/json").body("{\"notes\": \"seen at home\"}")
                .when().post("/api/case/people/X000001/contacts").then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("authorization", equalTo("Bearer " + token))
                .body("body", equalTo("{\"notes\": \"seen at home\"}"));
    }

    @Test
    void theServicesAnswerComesBackAsItWas() {
        given().auth().oauth2(Tokens.of("officer"))
                .when().get("/api/case/people/X000001").then().statusCode(200)
                .header("ETag", "\"7\"")
                .contentType(startsWith("application/json"));
    }

    @Test
    void dotSegmentsCannotLeaveTheServicesPrefix() {
        given().auth().oauth2(Tokens.of("officer")).urlEncodingEnabled(false)
                .when().get("/api/case/../risk/people/X000001/tier").then().statusCode(200)
                // the path as routed: risk's, and only risk's part of it
                .body("service", equalTo("risk-service"))
                .body("uri", equalTo("/people/X000001/tier"));
    }

    @Test
    void aPathNoServiceAnswersIsA404Problem() {
        given().auth().oauth2(Tokens.of("officer"))
                .when().get("/api/casework/people").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("/api/case"));
    }

    @Test
    void theCallersTraceContinuesThroughTheGatewayToTheService() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        Response echoed = given().auth().oauth2(Tokens.of("officer"))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .when().get("/api/case/people/X000001");
        String traceparent = echoed.then().statusCode(200).extract().path("traceparent");
        assertThat(traceparent).startsWith("00-" + traceId + "-");
        // the service's parent is the gateway's own span, not the caller's
        assertThat(traceparent).doesNotContain("00f067aa0ba902b7");
    }
}
