package org.desist.eventstore.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Saturation is a 503 with Retry-After, never a 500 or a queue, and the service recovers by itself. */
@QuarkusTest
@TestProfile(OverloadTest.SmallService.class)
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_edge_test"))
class OverloadTest {

    /** Two requests at once, and three database connections waited for one second at most. */
    public static class SmallService implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("desist.http.max-in-flight", "2",
                    "quarkus.datasource.jdbc.max-size", "3",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @TestHTTPResource("/test-only/edge/slow?millis=1500")
    URI slow;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void requestsBeyondTheLimitAre503WithRetryAfterAndTheServiceRecovers() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            responses.add(http.sendAsync(HttpRequest.newBuilder(slow).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> answered = responses.stream().map(CompletableFuture::join).toList();

        assertThat(answered).filteredOn(r -> r.statusCode() == 200).hasSize(2);
        List<HttpResponse<String>> refused = answered.stream().filter(r -> r.statusCode() != 200).toList();
        assertThat(refused).hasSize(4).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).contains("1");
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith(Problem.MEDIA_TYPE));
            assertThat(r.body()).contains("\"status\":503");
        });

        given().when().get(slow.toString().replace("1500", "0")).then().statusCode(200);
        given().when().get(slow.toString().replace("1500", "0")).then().statusCode(200);
    }

    @Test
    void noDatabaseConnectionFreeInTimeIs503WithRetryAfterAndRecovers() throws Exception {
        String token = Tokens.of("auditor");
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                held.add(dataSource.getConnection());
            }
            given().auth().oauth2(token).when().get("/admin/audit/verify")
                    .then().statusCode(503).contentType(Problem.MEDIA_TYPE)
                    .header("Retry-After", equalTo("1"))
                    .body("status", equalTo(503));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().auth().oauth2(token).when().get("/admin/audit/verify").then().statusCode(200);
    }
}
