package org.desist.risk.ogrs3;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_risk_test"))
class Ogrs3ResourceTest {

    private static final String REQUEST = """
            {"sex": "MALE", "dateOfBirth": "1990-01-01", "dateOfCurrentConviction": "2026-01-01",
             "dateOfStartOfFollowUp": "2026-02-01", "ageAtFirstSanction": 18, "totalSanctions": 5,
             "offenceCategory": "THEFT_NON_MOTOR"}""";

    @Test
    void theCalculatorAnswersThePublishedScore_ogrs3Formula() {
        calculate("officer", REQUEST).statusCode(200)
                .body("oneYearPercent", equalTo(27))
                .body("twoYearPercent", equalTo(43))
                .body("band", equalTo("LOW"))
                .body("oneYearProbability", equalTo(0.26962f))
                .body("twoYearProbability", equalTo(0.43108f))
                .body("factors.ageSex", equalTo(-1.368f))
                .body("factors.convictionStatus", equalTo(0.46306f))
                .body("factors.offence", equalTo(0.6612f))
                .body("version", equalTo("OGRS3"));
    }

    @Test
    void anOffenceCodeMayStandForTheCategory_ogrs3OffenceCategory() {
        calculate("court", REQUEST.replace("\"offenceCategory\": \"THEFT_NON_MOTOR\"", "\"offenceCode\": \"00101\""))
                .statusCode(200).body("factors.offence", equalTo(0.0f));
        calculate("officer", REQUEST.replace("\"offenceCategory\": \"THEFT_NON_MOTOR\"", "\"offenceCode\": \"00000\""))
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("offenceCode"))
                .body("detail", containsString("no OGRS3 mapping"));
        calculate("officer", REQUEST.replace("\"offenceCategory\": \"THEFT_NON_MOTOR\"", "\"offenceCode\": \"08800\""))
                .statusCode(400).body("field", equalTo("offenceCode"));
        calculate("officer", REQUEST.replace("}", ", \"offenceCode\": \"00101\"}"))
                .statusCode(400).body("field", equalTo("offenceCode"));
        calculate("officer", REQUEST.replaceAll(",\\s*\"offenceCategory\": \"THEFT_NON_MOTOR\"", ""))
                .statusCode(400).body("field", equalTo("offenceCategory"));
    }

    @Test
    void everyInvalidInputOgrs3NamesIsA400NamingTheField_ogrs3Inputs() {
        calculate("officer", REQUEST.replace("THEFT_NON_MOTOR", "SHOPLIFTING")).statusCode(400)
                .body("field", equalTo("offenceCategory"));
        calculate("officer", REQUEST.replace("\"totalSanctions\": 5", "\"totalSanctions\": 0")).statusCode(400)
                .body("field", equalTo("totalSanctions"));
        calculate("officer", REQUEST.replace("\"ageAtFirstSanction\": 18", "\"ageAtFirstSanction\": 40")).statusCode(400)
                .body("field", equalTo("ageAtFirstSanction"));
        calculate("officer", REQUEST.replace("1990-01-01", "2020-01-01")).statusCode(400)
                .body("field", equalTo("dateOfCurrentConviction"));
        calculate("officer", REQUEST.replace("1990-01-01", "2026-06-01")).statusCode(400)
                .body("field", equalTo("dateOfBirth"));
        calculate("officer", REQUEST.replace("\"sex\": \"MALE\", ", "")).statusCode(400).body("field", equalTo("sex"));
    }

    @Test
    void impossibleSanctionHistoriesAreRefused_ogrs3Inputs() {
        calculate("officer", REQUEST.replace("\"totalSanctions\": 5", "\"totalSanctions\": -3")).statusCode(400)
                .body("field", equalTo("totalSanctions"));
        calculate("officer", REQUEST.replace("\"totalSanctions\": 5", "\"totalSanctions\": 2.5")).statusCode(400)
                .body("field", equalTo("totalSanctions"));
        calculate("officer", REQUEST.replace("\"ageAtFirstSanction\": 18", "\"ageAtFirstSanction\": 18.5")).statusCode(400)
                .body("field", equalTo("ageAtFirstSanction"));
        calculate("officer", REQUEST.replace("\"ageAtFirstSanction\": 18", "\"ageAtFirstSanction\": -1")).statusCode(400)
                .body("field", equalTo("ageAtFirstSanction"));
        calculate("officer", REQUEST.replace("\"ageAtFirstSanction\": 18", "\"ageAtFirstSanction\": 7")).statusCode(400)
                .body("field", equalTo("ageAtFirstSanction"));
        calculate("officer", REQUEST.replace("\"MALE\"", "\"M\"")).statusCode(400).body("field", equalTo("sex"));
    }

    @Test
    void theCalculatorNeedsAStaffOrCourtRole() {
        given().contentType(ContentType.JSON).body(REQUEST).when().post("/predictors/ogrs3").then().statusCode(401);
        calculate("partner-police", REQUEST).statusCode(403);
        calculate("pop", REQUEST).statusCode(403);
    }

    private static ValidatableResponse calculate(String user, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json)
                .when().post("/predictors/ogrs3").then();
    }
}
