package org.desist.cases.contactdetails;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.desist.cases.CaseApi;
import org.desist.testing.KeycloakUsers;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.Test;

/** The person's contact details: kept by staff on the case, shared only as CONTACT_DETAILS, never published. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class ContactDetailsResourceTest {

    private static final String DETAILS = """
            {"address": {"line1": "12 Park Row", "town": "Leeds", "postcode": "ls15hd"}, "phone": "07700 900123",
             "reason": "moved to approved accommodation"}""";

    @Test
    void anOfficerRecordsTheDetailsAndAStaleVersionIs409() {
        String crn = CaseApi.register();
        CaseApi.get("/people/" + crn + "/contact-details").statusCode(200).header("ETag", "\"0\"")
                .body("address", nullValue());

        put("officer", crn, "\"0\"", DETAILS).statusCode(204).header("ETag", "\"1\"");
        CaseApi.get("/people/" + crn + "/contact-details").statusCode(200)
                .body("address.postcode", equalTo("LS1 5HD")).body("phone", equalTo("07700 900123"))
                .body("changedAt", org.hamcrest.Matchers.notNullValue());
        // the same again records nothing; a change on a version already overtaken is refused
        put("officer", crn, "\"1\"", DETAILS).statusCode(204).header("ETag", "\"1\"");
        put("officer", crn, "\"0\"", DETAILS.replace("07700 900123", "0113 496 0000")).statusCode(409);
    }

    @Test
    void badDetailsAreRefusedNamingTheField() {
        String crn = CaseApi.register();
        put("officer", crn, null, DETAILS.replace("ls15hd", "not a postcode")).statusCode(400)
                .contentType("application/problem+json").body("field", endsWith("postcode"));
        put("officer", crn, null, DETAILS.replace("07700 900123", "call me")).statusCode(400)
                .body("field", endsWith("phone"));
        put("officer", crn, null, """
                {"address": {"line1": "12 Park Row", "town": "Leeds", "postcode": "LS1 5HD"}}""")
                .statusCode(400).body("field", equalTo("reason"));
        put("officer", "X999999", null, DETAILS).statusCode(404);
    }

    @Test
    void aPartnerReadsThemOnlyWhenCONTACT_DETAILSIsShared_001_consent() {
        String crn = CaseApi.register();
        put("officer", crn, null, DETAILS).statusCode(204);
        CaseApi.post("officer", "/people/" + crn + "/sharing-agreements", agreement("APPOINTMENTS")).statusCode(201);
        read("partner-police", crn).statusCode(404).contentType("application/problem+json");

        CaseApi.post("officer", "/people/" + crn + "/sharing-agreements", agreement("CONTACT_DETAILS")).statusCode(201);
        read("partner-police", crn).statusCode(200).body("address.town", equalTo("Leeds"));
        read("partner-housing", crn).statusCode(404);
        put("partner-police", crn, null, DETAILS).statusCode(403);
    }

    @Test
    void thePersonReadsTheirOwnAndNoOneElses() {
        String crn = CaseApi.register();
        String other = CaseApi.register();
        put("officer", crn, null, DETAILS).statusCode(204);
        String before = KeycloakUsers.setAttribute("pop", "crn", crn);
        try {
            read("pop", crn).statusCode(200).body("phone", equalTo("07700 900123"));
            read("pop", other).statusCode(404);
            put("pop", crn, null, DETAILS).statusCode(403);
        } finally {
            KeycloakUsers.setAttribute("pop", "crn", before == null ? "X000001" : before);
        }
    }

    @Test
    void theDetailsAreNeverPublished_needToKnow_001() {
        String crn = CaseApi.register();
        put("officer", crn, null, DETAILS.replace("12 Park Row", "Flat 9 Unpublished Court")).statusCode(204);
        CaseApi.post("officer", "/people/" + crn + "/contacts", """
                {"type": "PHONE", "occurredAt": "2026-11-01T10:00:00Z", "outcome": "ATTENDED_COMPLIED",
                 "notes": "called", "loneContact": false}""").statusCode(201);

        try (TopicReader topic = new TopicReader("desist.case.events.test")) {
            // in the order of the log: the registration, then (the change not published) the contact after it
            var published = topic.await(r -> r.key() != null && r.key().startsWith(crn), 2, Duration.ofSeconds(30));
            assertThat(published).extracting(TopicReader::type).containsExactly("probation-case.person.registered",
                    "probation-case.contact.recorded");
            assertThat(published).noneMatch(r -> r.value().contains("Unpublished Court"));
        }
    }

    private static String agreement(String scope) {
        return """
                {"agency": "police-1", "scope": ["%s"], "basis": "CONSENT", "rationale": "consent recorded",
                 "expiresOn": "%s"}""".formatted(scope, LocalDate.now().plusDays(30));
    }

    private static ValidatableResponse read(String user, String crn) {
        return given().auth().oauth2(Tokens.of(user)).when().get("/people/" + crn + "/contact-details").then();
    }

    private static ValidatableResponse put(String user, String crn, String ifMatch, String json) {
        var request = given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put("/people/" + crn + "/contact-details").then();
    }
}
