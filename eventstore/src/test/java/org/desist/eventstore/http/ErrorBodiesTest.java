package org.desist.eventstore.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Every error a caller can meet has a problem+json body that says what to do: none is empty. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_edge_test"))
class ErrorBodiesTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI root;

    @Test
    void noTokenIs401WithAProblemSayingHowToSignIn() {
        given().when().get("/admin/audit/verify")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(401))
                .body("detail", containsString("Authorization: Bearer"));
    }

    @Test
    void aTokenWithABrokenSignatureIs401WithAProblem() {
        String token = Tokens.of("auditor");
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        given().auth().oauth2(tampered).when().get("/admin/audit/verify")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("status", equalTo(401));
    }

    @Test
    void theWrongRoleIs403WithAProblemNamingTheRolesThatMay() {
        given().auth().oauth2(Tokens.of("officer")).when().get("/admin/audit/verify")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(403))
                .body("detail", containsString("auditor"));
    }

    @Test
    void aRecordThatIsSomeoneElsesIs403NotYours_withTheRulesOwnWords_notARoleRefusal() {
        given().when().get("/test-only/edge/someone-elses")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://desist.dev/problems/not-yours"))
                .body("detail", equalTo("declarations are for the member of staff and their line manager"));
        given().when().get("/test-only/edge/someone-elses?quarkus=true")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://desist.dev/problems/not-yours"))
                .body("detail", equalTo("only the report's author writes it"));
        given().auth().oauth2(Tokens.of("officer")).when().get("/admin/audit/verify")
                .then().statusCode(403).body("type", equalTo("https://desist.dev/problems/forbidden"));
    }

    @Test
    void aChunkedBodyOverTheServerLimitIs413WithAProblem() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpRequest request = HttpRequest.newBuilder(root.resolve("test-only/edge/echo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response, 413);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws Exception {
        byte[] body = "{\"name\":\"Alex\",\"count\":3,\"day\":\"2026-01-31\",\"at\":\"2026-01-31T09:00:00Z\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(root.resolve("test-only/edge/echo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"Alex\"");
    }

    @Test
    void anOverlongAddressIs414WithAProblem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                root.resolve("test-only/edge/segments/" + "a".repeat(20_000))).GET().build());
        assertThat(response.statusCode()).isEqualTo(414);
        assertProblem(response, 414);
    }

    @Test
    void anOrdinaryAddressIsNotRefusedForLength() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                root.resolve("test-only/edge/segments/" + "a".repeat(2_000))).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void headersOverTheLimitAre431WithAProblem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(root.resolve("test-only/edge/segments/a"))
                .header("X-Padding", "a".repeat(30_000)).GET().build());
        assertThat(response.statusCode()).isEqualTo(431);
        assertProblem(response, 431);
    }

    @Test
    void ordinaryHeadersAreNotRefusedForSize() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(root.resolve("test-only/edge/segments/a"))
                .header("X-Padding", "a".repeat(5_000)).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(Problem.MEDIA_TYPE));
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
    }
}
