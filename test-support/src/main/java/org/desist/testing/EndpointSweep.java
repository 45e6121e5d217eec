package org.desist.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calls every operation of the service's own OpenAPI document without a token and with tokens of users who must be
 * refused, and answers each call that was not refused as expected: 401 without a token; with one, 403, or 404 where
 * need-to-know does not disclose that the person exists (partners, the person on probation).
 */
public final class EndpointSweep {

    private record Endpoint(String method, String path) {
    }

    /** Operations open to anyone by design: the public key that checks a service's audit checkpoints. */
    private static final List<Endpoint> PUBLIC = List.of(new Endpoint("GET", "/admin/audit/public-key"));

    private EndpointSweep() {
    }

    /** {@code crn} stands in for {@code {crn}}; other path parameters get a well-formed id that names nothing. */
    public static List<String> unrefused(String crn, List<String> refusedUsers) {
        List<String> wrong = new ArrayList<>();
        List<Endpoint> endpoints = endpoints();
        if (endpoints.isEmpty()) {
            wrong.add("the OpenAPI document lists no operations");
        }
        for (Endpoint endpoint : endpoints) {
            String path = endpoint.path().replace("{crn}", crn)
                    .replaceAll("\\{[^}]+}", "0190f2a0-0000-7000-8000-000000000000");
            check(wrong, endpoint, path, null, 401, 401);
            for (String user : refusedUsers) {
                check(wrong, endpoint, path, user, 403, 404);
            }
        }
        return wrong;
    }

    public static int operations() {
        return endpoints().size();
    }

    private static void check(List<String> wrong, Endpoint endpoint, String path, String user, int expected,
            int orUndisclosed) {
        var request = given().contentType(ContentType.JSON).body("{}");
        if (user != null) {
            request = request.auth().oauth2(Tokens.of(user));
        }
        int status = request.when().request(endpoint.method(), path).then().extract().statusCode();
        if (status != expected && status != orUndisclosed) {
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
        endpoints.removeAll(PUBLIC);
        return endpoints;
    }
}
