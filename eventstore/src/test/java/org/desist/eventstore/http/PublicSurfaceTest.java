package org.desist.eventstore.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URL;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The public port serves the API with security headers; health and metrics are only on the management port. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_edge_test"))
class PublicSurfaceTest {

    /** Relative to the management interface's root, {@code /q}. */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementHealth;

    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @Test
    void anOrdinaryResponseCarriesTheSecurityHeaders() {
        secured(given().auth().oauth2(Tokens.of("auditor")).when().get("/admin/audit/verify").then().statusCode(200));
    }

    @Test
    void aProblemCarriesTheSecurityHeadersToo() {
        secured(given().when().get("/admin/audit/verify").then().statusCode(401));
        secured(given().when().get("/no/such/thing").then().statusCode(404));
    }

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        given().when().get("/q/health").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().when().get("/q/health/ready").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().when().get("/q/metrics").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPort() {
        given().when().get(managementHealth).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(managementMetrics).then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentStaysPublic() {
        given().when().get("/q/openapi?format=json").then().statusCode(200);
    }

    private static void secured(ValidatableResponse response) {
        response.header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
    }
}
