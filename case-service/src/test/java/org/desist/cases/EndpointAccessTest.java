package org.desist.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint in case-service's OpenAPI document refuses a caller without a token (401) and, since none of
 * them is for partner agencies or the person on probation yet, refuses those roles too (403).
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class EndpointAccessTest {

    private record Endpoint(String method, String path) {
    }

    @Test
    void everyEndpointNeedsATokenAndAStaffRole() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(30);
        String crn = CaseApi.register();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String path = endpoint.path().replace("{crn}", crn).replaceAll("\\{[^}]+}", "0190f2a0-0000-7000-8000-000000000000");
            check(wrong, endpoint, path, null, 401);
            check(wrong, endpoint, path, "partner-police", 403);
            check(wrong, endpoint, path, "pop", 403);
        }
        assertThat(wrong).isEmpty();
    }

    private static void check(List<String> wrong, Endpoint endpoint, String path, String user, int expected) {
        var request = given().contentType(ContentType.JSON).body("{}");
        if (user != null) {
            request = request.auth().oauth2(Tokens.of(user));
        }
        int status = request.when().request(endpoint.method(), path).then().extract().statusCode();
        if (status != expected) {
            wrong.add(endpoint.method() + " " + endpoint.path() + " as " + (user == null ? "nobody" : user) + ": " + status);
        }
    }

    private static List<Endpoint> endpoints() {
        JsonPath openapi = given().accept(ContentType.JSON).when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        List<Endpoint> endpoints = new ArrayList<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> List.of("get", "post", "put", "delete", "patch").contains(method))
                .forEach(method -> endpoints.add(new Endpoint(method.toUpperCase(), path))));
        return endpoints;
    }
}
