package org.desist.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.desist.gateway.Upstreams;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(Upstreams.class)
class PlatformOpenApiTest {

    @Test
    void oneDocumentHoldsEveryServicesPathsUnderItsPrefix() {
        given().when().get("/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/case/people/{crn}"))
                .body("paths", hasKey("/api/risk/people/{crn}/tier"))
                .body("paths", not(hasKey("/people/{crn}")))
                .body("servers[0].url", equalTo("/"))
                .body("paths.'/api/case/people/{crn}'.get.tags", hasItem("case-service"))
                .body("paths.'/api/risk/people/{crn}/tier'.get.operationId", equalTo("risk-service.read"));
    }

    @Test
    void servicesThatDoNotAnswerAreNamedNotWaitedFor() {
        given().when().get("/openapi").then().statusCode(200)
                .body("x-desist-unavailable", hasItem("conduct-service"))
                .body("x-desist-unavailable", hasItem("reporting-service"))
                .body("info.description", containsString("conduct-service is missing"));
    }

    @Test
    void aSchemaTwoServicesNameDifferentlyIsKeptApart() {
        given().when().get("/openapi").then().statusCode(200)
                .body("components.schemas.Problem.description", equalTo("case-service's problem"))
                .body("components.schemas.'risk-service_Problem'.description", equalTo("risk-service's problem"))
                .body("paths.'/api/risk/people/{crn}/tier'.get.responses.'404'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/risk-service_Problem"));
    }

    @Test
    void swaggerUiAtTheGatewayShowsThePlatformsDocument() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200).body(containsString("/openapi"));
    }
}
