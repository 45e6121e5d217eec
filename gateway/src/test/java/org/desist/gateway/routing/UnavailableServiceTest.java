package org.desist.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import org.desist.gateway.Upstreams;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(Upstreams.class)
class UnavailableServiceTest {

    @Test
    void aServiceThatIsDownIs503ProblemNamingIt_atOnce() {
        for (int i = 0; i < 6; i++) { // past the circuit's request volume (4 in tests): it opens, and still answers 503
            Instant start = Instant.now();
            Response response = given().auth().oauth2(Tokens.of("conduct")).when().get("/api/conduct/declarations");
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));
            response.then().statusCode(503).contentType("application/problem+json")
                    .body("service", equalTo("conduct-service"))
                    .body("detail", containsString("conduct-service"));
            assertThat(response.header("Retry-After")).matches("[0-9]+");
        }
    }

    @Test
    void aServiceThatHangsIs503ProblemAfterItsTimeout() {
        Instant start = Instant.now();
        given().auth().oauth2(Tokens.of("auditor")).when().get("/api/reports/reports").then().statusCode(503)
                .contentType("application/problem+json")
                .body("service", equalTo("reporting-service"))
                .body("detail", containsString("in time"));
        // the test profile's timeout for reports is 1 s
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(4));
    }
}
