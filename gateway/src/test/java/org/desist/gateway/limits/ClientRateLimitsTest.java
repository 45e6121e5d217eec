package org.desist.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.desist.gateway.Upstreams;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(Upstreams.class)
class ClientRateLimitsTest {

    /** The test profile allows 30 requests a minute per client; chief is used by no other gateway test. */
    @Test
    void aBurstOverTheClientsShareIs429WithRetryAfter_whileOtherClientsGoOn() {
        String chief = Tokens.of("chief");
        List<Response> burst = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            burst.add(given().auth().oauth2(chief).when().get("/api/case/people/X000001"));
        }
        assertThat(burst.stream().filter(r -> r.statusCode() == 200).count()).isEqualTo(30);
        Response refused = burst.get(burst.size() - 1);
        refused.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);

        given().auth().oauth2(Tokens.of("court")).when().get("/api/case/people/X000001").then().statusCode(200);
    }
}
