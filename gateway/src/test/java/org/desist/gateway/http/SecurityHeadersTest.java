package org.desist.gateway.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.desist.gateway.Upstreams;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(Upstreams.class)
class SecurityHeadersTest {

    @Test
    void everyAnswerCarriesTheSecurityHeadersOnce_theServicesAndTheGatewaysOwn() {
        Response proxied = given().auth().oauth2(Tokens.of("officer")).when().get("/api/case/people/X000001");
        Response refused = given().when().get("/api/case/people/X000001");
        for (Response response : new Response[] {proxied, refused}) {
            assertThat(response.headers().getValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(response.header("Strict-Transport-Security")).startsWith("max-age=");
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void aDashboardsPreflightFromAnAllowedOriginIsAnswered() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/case/people/X000001").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void anotherOriginIsNotAllowed() {
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/case/people/X000001").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theAllowedOriginReadsTheAnswerToItsRequest() {
        given().auth().oauth2(Tokens.of("officer")).header("Origin", "http://localhost:3000")
                .when().get("/api/case/people/X000001").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"));
    }
}
