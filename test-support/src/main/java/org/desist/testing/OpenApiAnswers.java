package org.desist.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the service's own OpenAPI document and answers what its operations fail to say: every operation its
 * problem+json answers with examples (400, 401, 403, 404, 413, 503 where they apply); every write its success code, a
 * 409 and, unless it is named as unversioned, the If-Match it takes and the ETag it answers with.
 */
public final class OpenApiAnswers {

    private static final String PROBLEM = "application/problem+json";
    private static final List<String> WRITES = List.of("post", "put", "delete", "patch");
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    private OpenApiAnswers() {
    }

    /**
     * {@code unversioned} names writes that act on no stream the caller has read, as {@code "POST /path"}: they answer
     * without If-Match (and without a 409 unless a rule can refuse them).
     */
    @SuppressWarnings("unchecked")
    public static List<String> missing(Set<String> unversioned) {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept(ContentType.JSON)
                .when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String name = method.toUpperCase() + " " + path;
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
            boolean body = operation.containsKey("requestBody");
            if (responses.containsKey("401")) {
                problem(missing, name, responses, "403");
            }
            problem(missing, name, responses, "503");
            if (body || !parameters.isEmpty()) {
                problem(missing, name, responses, "400");
            }
            if (body) {
                problem(missing, name, responses, "413");
            }
            if (path.contains("{")) {
                problem(missing, name, responses, "404");
            }
            if (!WRITES.contains(method) || path.startsWith("/admin/")) {
                return;
            }
            List<String> successes = responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
            if (successes.isEmpty()) {
                missing.add(name + ": no success code");
            }
            if (unversioned.contains(name)) {
                return;
            }
            problem(missing, name, responses, "409");
            if (!examples(responses, "409").containsKey("stale-version")) {
                missing.add(name + ": 409 without a stale-version example");
            }
            if (parameters.stream().noneMatch(p -> "If-Match".equals(p.get("name")) && "header".equals(p.get("in")))) {
                missing.add(name + ": takes no If-Match");
            }
            successes.stream().filter(code -> !((Map<String, Object>) responses.get(code).getOrDefault("headers", Map.of()))
                    .containsKey("ETag")).forEach(code -> missing.add(name + ": " + code + " without an ETag"));
        }));
        return missing;
    }

    private static void problem(List<String> missing, String name, Map<String, Map<String, Object>> responses, String code) {
        if (!responses.containsKey(code)) {
            missing.add(name + ": no " + code);
        } else if (examples(responses, code).isEmpty()) {
            missing.add(name + ": " + code + " without a problem+json example");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> examples(Map<String, Map<String, Object>> responses, String code) {
        Map<String, Object> content = (Map<String, Object>) responses.getOrDefault(code, Map.of()).getOrDefault("content", Map.of());
        Map<String, Object> problem = (Map<String, Object>) content.getOrDefault(PROBLEM, Map.of());
        return (Map<String, Object>) problem.getOrDefault("examples", Map.of());
    }
}
