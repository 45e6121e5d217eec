package org.desist.eventstore.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Input the platform cannot keep exactly, or would have to guess at, is a 400 naming the field: never a 500, never accepted. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_edge_test"))
class StrictInputTest {

    private static final String VALID = """
            {"name":"Alex","count":3,"day":"2026-01-31","at":"2026-01-31T09:00:00Z"}""";

    @Test
    void aPlausibleBodyIsAccepted() {
        post(VALID).statusCode(200)
                .body("name", equalTo("Alex"))
                .body("count", equalTo(3))
                .body("day", equalTo("2026-01-31"));
    }

    @Test
    void aNulInAStringFieldIsRefusedNamingIt() {
        refused(post(VALID.replace("Alex", "Al\\u0000ex")), "name");
    }

    @Test
    void aNulInAListElementIsRefusedNamingIt() {
        refused(post(VALID.replace("}", ",\"tags\":[\"ok\",\"b\\u0000d\"]}")), "tags[1]");
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheField() {
        refused(post(VALID.replace("Alex", "Al\\ud800ex")), "name");
        refused(post(VALID.replace("Alex", "Al\\udc00ex")), "name");
    }

    @Test
    void aSurrogatePairIsAccepted() {
        post(VALID.replace("Alex", "Al\\ud83d\\ude00ex")).statusCode(200).body("name", equalTo("Al\uD83D\uDE00ex"));
    }

    @Test
    void aDuplicatedKeyIsRefused() {
        refused(post("{\"name\":\"Alex\",\"name\":\"Sam\",\"count\":3,\"day\":\"2026-01-31\",\"at\":\"2026-01-31T09:00:00Z\"}"),
                "name");
    }

    @Test
    void trailingGarbageIsRefused() {
        refused(post(VALID + " garbage"), "body");
    }

    @Test
    void aSecondJsonValueIsRefused() {
        refused(post(VALID + VALID), "body");
        refused(post(VALID + " 7"), "body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "3.0", "1e2"})
    void aFractionForAWholeNumberIsRefused(String count) {
        refused(post(VALID.replace("\"count\":3", "\"count\":" + count)), "count");
    }

    @ParameterizedTest
    @CsvSource({
            "day, 0001-01-01", "day, 9999-12-31", "day, 1899-12-31", "day, 2200-01-01",
            "at, 0001-01-01T00:00:00Z", "at, 9999-12-31T23:59:59Z", "at, +1000000000-01-01T00:00:00Z",
            "at, -1000000000-01-01T00:00:00Z",
            "offsetAt, 9999-01-01T00:00:00+01:00", "offsetAt, 0001-01-01T00:00:00Z",
            "localAt, 9999-01-01T00:00:00", "localAt, 0001-01-01T00:00:00"})
    void aDateOrInstantOutsideThePlausibleRangeIsRefused(String field, String value) {
        String body = VALID.replace("}", ",\"offsetAt\":\"2026-01-01T00:00:00Z\",\"localAt\":\"2026-01-01T00:00:00\"}")
                .replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":\"" + value + "\"");
        refused(post(body), field).body("rule", equalTo("between 1900-01-01 and 2199-12-31"));
    }

    @Test
    void theEdgesOfThePlausibleRangeAreAccepted() {
        post(VALID.replace("2026-01-31\"", "1900-01-01\"").replace("2026-01-31T09:00:00Z", "2199-12-31T23:59:59Z"))
                .statusCode(200);
    }

    @Test
    void aTypeJacksonCannotBuildIsAProblemNamingTheFieldNotAnEmpty500() {
        given().contentType("application/json").body("{\"task\":{}}").when().post("/test-only/edge/undefinable")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("task"));
    }

    @Test
    void aNulInAPathSegmentIsRefusedNamingIt() {
        given().urlEncodingEnabled(false).when().get("/test-only/edge/segments/ab%00cd")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("segment"));
    }

    @Test
    void aNulInAQueryParameterIsRefusedNamingIt() {
        given().urlEncodingEnabled(false).when().get("/test-only/edge/segments/abcd?q=x%00y")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("q"));
    }

    @Test
    void anOrdinaryPathAndQueryAreAccepted() {
        given().when().get("/test-only/edge/segments/abcd?q=xy")
                .then().statusCode(200).body("segment", equalTo("abcd")).body("q", equalTo("xy"));
    }

    private static ValidatableResponse post(String json) {
        return given().contentType("application/json").body(json.getBytes(StandardCharsets.UTF_8))
                .when().post("/test-only/edge/echo").then();
    }

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body("field", equalTo(field))
                .body("detail", containsString(field));
    }
}
