package org.desist.cases.voice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.desist.cases.CaseApi;
import org.desist.testing.KeycloakUsers;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class VoiceTest {

    @Test
    void thePersonIsToldTheRelationshipIsNotWhollyConfidential_andItIsRecorded_002_6_4() {
        String crn = CaseApi.register();
        String before = KeycloakUsers.setAttribute("pop", "crn", crn);
        try {
            given().auth().oauth2(Tokens.of("pop")).when().get("/people/" + crn + "/confidentiality-notice").then()
                    .statusCode(200).body("told", equalTo(false)).body("text", startsWith("What you tell your probation"));
            given().auth().oauth2(Tokens.of("pop")).when().post("/people/" + crn + "/confidentiality-notice").then()
                    .statusCode(201);
            given().auth().oauth2(Tokens.of("officer")).when().post("/people/" + crn + "/confidentiality-notice").then()
                    .statusCode(201);
            CaseApi.get("/people/" + crn + "/confidentiality-notice").statusCode(200).body("told", equalTo(true))
                    .body("toldBy", contains("ACKNOWLEDGED_ONLINE", "IN_PERSON"));
        } finally {
            KeycloakUsers.setAttribute("pop", "crn", before == null ? "X000001" : before);
        }
    }

    @Test
    void thePersonGivesFeedbackOnTheirPlanAndTheirOfficerSeesIt_000_3_4() {
        String crn = CaseApi.register();
        String other = CaseApi.register();
        String before = KeycloakUsers.setAttribute("pop", "crn", crn);
        try {
            given().auth().oauth2(Tokens.of("pop")).contentType(ContentType.JSON)
                    .body("{\"about\": \"PLAN\", \"text\": \"appointments after 4pm please, I start work\"}")
                    .when().post("/people/" + crn + "/feedback").then().statusCode(201);
            given().auth().oauth2(Tokens.of("pop")).contentType(ContentType.JSON)
                    .body("{\"about\": \"PLAN\", \"text\": \"not mine\"}")
                    .when().post("/people/" + other + "/feedback").then().statusCode(404);
            given().auth().oauth2(Tokens.of("pop")).contentType(ContentType.JSON).body("{\"about\": \"PLAN\", \"text\": \"\"}")
                    .when().post("/people/" + crn + "/feedback").then().statusCode(400).body("field", equalTo("text"));
        } finally {
            KeycloakUsers.setAttribute("pop", "crn", before == null ? "X000001" : before);
        }
        CaseApi.get("/people/" + crn + "/feedback").statusCode(200).body("about", contains("PLAN"))
                .body("text", contains("appointments after 4pm please, I start work"));
        CaseApi.get("/people/" + other + "/feedback").statusCode(200).body("size()", equalTo(0));
    }
}
