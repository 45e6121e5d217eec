package org.desist.cases;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.desist.testing.Tokens;

/** The calls case-service's tests make, as a probation officer unless they say otherwise. */
public final class CaseApi {

    public static final String PERSON = """
            {"firstName": "Alex", "lastName": "Morgan", "dateOfBirth": "1991-02-03", "sex": "FEMALE",
             "ethnicity": "W1", "pncNumber": "2004/0046583U"}
            """;

    private CaseApi() {
    }

    public static String register() {
        return registerAs("officer", PERSON).statusCode(201).extract().path("crn");
    }

    public static ValidatableResponse registerAs(String user, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json)
                .when().post("/people").then();
    }

    public static ValidatableResponse recordContact(String crn, String json) {
        return given().auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON).body(json)
                .when().post("/people/" + crn + "/contacts").then();
    }

    public static ValidatableResponse get(String path) {
        return given().auth().oauth2(Tokens.of("officer")).when().get(path).then();
    }

    public static String contact(String outcome) {
        return """
                {"type": "OFFICE_VISIT", "occurredAt": "2026-01-05T10:00:00Z", "outcome": "%s",
                 "notes": "discussed accommodation", "loneContact": false}
                """.formatted(outcome);
    }
}
