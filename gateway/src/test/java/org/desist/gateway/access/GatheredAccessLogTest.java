package org.desist.gateway.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.desist.gateway.Upstreams;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The access log gathered from every service through the gateway (issue 13 §5). */
@QuarkusTest
@WithTestResource(Upstreams.class)
class GatheredAccessLogTest {

    @Test
    void everyServicesAccessLogIsGatheredNewestFirst_andAServiceNotAnsweringIsNamed() {
        String token = Tokens.of("auditor");
        given().auth().oauth2(token).when().get("/access-log?crn=X000001").then().statusCode(200)
                .body("entries.service", contains("risk-service", "case-service"))
                .body("entries.crn", contains("X000001", "X000001"))
                .body("entries[0].authorization", equalTo("Bearer " + token))
                .body("unavailable", hasItem("conduct-service"));
        given().when().get("/access-log").then().statusCode(401).contentType("application/problem+json");
    }
}
