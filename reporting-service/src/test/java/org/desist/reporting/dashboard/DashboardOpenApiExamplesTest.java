package org.desist.reporting.dashboard;

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
import org.junit.jupiter.api.Test;

/** Every dashboard operation's success shows an example of what it answers, each panel's among them. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_reporting_test"))
class DashboardOpenApiExamplesTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyDashboardOperationAnswersWithExamples_everyPanelAmongThem() {
        JsonPath document = given().accept(ContentType.JSON).when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> withoutExamples = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/dashboard") && !path.startsWith("/admin/dashboard")) {
                return;
            }
            operations.forEach((method, operation) -> {
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                // a 204 has no body to give an example of
                responses.entrySet().stream().filter(r -> r.getKey().startsWith("2") && !r.getKey().equals("204"))
                        .forEach(r -> {
                    Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) r.getValue()
                            .getOrDefault("content", Map.of());
                    if (content.isEmpty() || content.values().stream().anyMatch(c -> !c.containsKey("examples"))) {
                        withoutExamples.add(method.toUpperCase() + " " + path + " " + r.getKey());
                    }
                });
            });
        });
        assertThat(paths.keySet()).contains("/dashboard", "/dashboard/data/{panel}.{format}", "/admin/dashboard/rebuild");
        assertThat(withoutExamples).isEmpty();
        Map<String, Object> panels = document.getMap("paths.'/dashboard/data/{panel}.{format}'.get.responses.'200'"
                + ".content.'application/json'.examples");
        assertThat(panels).containsOnlyKeys("caseload", "compliance", "fairness", "outcomes", "risk", "unpaid-work",
                "reports", "officers");
    }
}
