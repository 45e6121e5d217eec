package org.desist.cases.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import org.desist.cases.CaseApi;
import org.desist.cases.StaffOnRegister;
import org.desist.testing.CloudEventWriter;
import org.desist.testing.KeycloakUsers;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Need-to-know over REST (001_9fa4dace4d8e27d3.txt: "only share information on a need-to-know basis and with proper
 * authorization", "obtain consent before sharing sensitive information with third parties"; 002 6.1-6.7).
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class NeedToKnowTest {

    private static CloudEventWriter conductService;

    @BeforeAll
    static void connect() {
        conductService = new CloudEventWriter("desist.conduct.events.test", "/desist/conduct-service");
    }

    @AfterAll
    static void disconnect() {
        conductService.close();
    }

    static ValidatableResponse read(String user, String path, String purpose) {
        var request = given().auth().oauth2(Tokens.of(user));
        if (purpose != null) {
            request = request.header("X-Purpose", purpose);
        }
        return request.when().get(path).then();
    }

    /** A person whose case is allocated to a member of staff of team N02 (the local officer and senior are in N01). */
    private static String otherTeamsCase() {
        String crn = CaseApi.register();
        String staff = StaffOnRegister.join(conductService, "N02");
        CaseApi.put("senior", "/people/" + crn + "/allocation", "{\"staffId\": \"%s\", \"team\": \"N02\"}".formatted(staff))
                .statusCode(200);
        return crn;
    }

    @Test
    void anotherTeamsCaseIsRefusedWithoutAPurposeAndOpensWithOne_andTheAccessLogShowsThePurpose_001() {
        String crn = otherTeamsCase();

        read("officer", "/people/" + crn, null).statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("need-to-know"));
        read("officer", "/people/" + crn + "/contacts", null).statusCode(403);
        read("officer", "/people/" + crn, "duty cover for N02").statusCode(200).body("crn", equalTo(crn));

        read("auditor", "/access-log?crn=" + crn, null).statusCode(200)
                .body("find { it.granted == false && it.subject == 'officer' }.basis", equalTo("need-to-know"))
                .body("find { it.basis == 'break-glass' }.purpose", equalTo("duty cover for N02"))
                .body("find { it.basis == 'break-glass' }.part", equalTo("RECORD"));
        read("senior", "/access-log/break-glass", null).statusCode(200).body("crn", hasItem(crn));
        read("auditor", "/access-log/verify", null).statusCode(200).body("brokenAt", equalTo(null));
    }

    @Test
    void oneRulePerKindOfData_theAuditorReadsCaseContentOnlyWithAPurpose_throughHistoryToo() {
        String crn = CaseApi.register();

        read("auditor", "/people/" + crn + "/history", null).statusCode(403).body("type", endsWith("need-to-know"));
        read("auditor", "/people/" + crn + "/history", "complaint 2026/117").statusCode(200);
        read("officer", "/people/" + crn, "x".repeat(501)).statusCode(400).body("field", equalTo("X-Purpose"));
    }

    @Test
    void anExcludedOfficerIsRefusedEvenWithAPurpose_andSeesTheMessage_limitedAccess() {
        String crn = CaseApi.register();
        read("officer", "/people/" + crn, null).statusCode(200);

        CaseApi.put("officer", "/people/" + crn + "/access-restrictions", restriction("[\"officer\"]", "[]"))
                .statusCode(403);
        CaseApi.put("senior", "/people/" + crn + "/access-restrictions", restriction("[\"officer\"]", "[]"))
                .statusCode(204);

        read("officer", "/people/" + crn, null).statusCode(403).body("type", endsWith("case-excluded"))
                .body("detail", equalTo("Contact the case's manager in N01."));
        read("officer", "/people/" + crn + "/appointments", "duty cover").statusCode(403);
        read("senior", "/people/" + crn, null).statusCode(200);
    }

    @Test
    void limitedAccessLiftedOrACaseReallocatedToTheTeam_opensItAgain_asTheFactsNowStand() {
        String crn = CaseApi.register();
        CaseApi.put("senior", "/people/" + crn + "/access-restrictions", restriction("[\"officer\"]", "[]"))
                .statusCode(204);
        read("officer", "/people/" + crn, null).statusCode(403);

        CaseApi.put("senior", "/people/" + crn + "/access-restrictions", restriction("[]", "[]")).statusCode(204);
        read("officer", "/people/" + crn, null).statusCode(200);

        String other = otherTeamsCase();
        read("officer", "/people/" + other, null).statusCode(403);
        String teammate = StaffOnRegister.join(conductService, "N01");
        // another team's case is reallocated by a senior who says why (their write is need-to-know too)
        given().auth().oauth2(Tokens.of("senior")).header("X-Purpose", "transfer agreed with N02")
                .contentType(io.restassured.http.ContentType.JSON).body(("{\"staffId\": \"%s\", \"team\": \"N01\", "
                        + "\"reason\": \"moved to N01\"}").formatted(teammate))
                .when().put("/people/" + other + "/allocation").then().statusCode(200);
        read("officer", "/people/" + other, null).statusCode(200);
    }

    @Test
    void aRestrictionListLetsOnlyTheNamedStaffIn() {
        String crn = CaseApi.register();
        CaseApi.put("senior", "/people/" + crn + "/access-restrictions", restriction("[]", "[\"senior\"]")).statusCode(204);

        read("officer", "/people/" + crn, "duty cover").statusCode(403).body("type", endsWith("case-restricted"));
        read("senior", "/people/" + crn, null).statusCode(200);
        read("partner-police", "/people/" + crn + "/appointments", null).statusCode(404);
    }

    @Test
    void aPartnerSeesOnlyThePartsSharedWithTheirAgency_untilTheAgreementIsWithdrawn_001_consent() {
        String crn = CaseApi.register();
        read("partner-police", "/people/" + crn + "/appointments", null).statusCode(404)
                .contentType("application/problem+json");

        String agreement = CaseApi.post("officer", "/people/" + crn + "/sharing-agreements", """
                {"agency": "police-1", "scope": ["APPOINTMENTS"], "basis": "CONSENT",
                 "rationale": "consent recorded at induction", "expiresOn": "%s"}""".formatted(LocalDate.now().plusDays(30)))
                .statusCode(201).extract().path("agreementId");

        read("partner-police", "/people/" + crn + "/appointments", null).statusCode(200);
        read("partner-police", "/people/" + crn + "/plan", null).statusCode(404);
        read("partner-police", "/people/" + crn, null).statusCode(403);
        read("partner-housing", "/people/" + crn + "/appointments", null).statusCode(404);
        read("auditor", "/access-log?crn=" + crn + "&user=partner-police", null).statusCode(200)
                .body("find { it.granted }.agency", equalTo("police-1"))
                .body("find { it.granted }.basis", equalTo("sharing-agreement " + agreement));

        given().auth().oauth2(Tokens.of("officer")).when().delete("/people/" + crn + "/sharing-agreements/" + agreement)
                .then().statusCode(204);
        read("partner-police", "/people/" + crn + "/appointments", null).statusCode(404);
        given().auth().oauth2(Tokens.of("officer")).when().delete("/people/" + crn + "/sharing-agreements/" + agreement)
                .then().statusCode(409).body("type", endsWith("sharing-ended"));
    }

    @Test
    void sharingIsOnlyWithARegisteredPartnerAgency_whichASeniorRegisters() {
        String crn = CaseApi.register();
        String agency = "health-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"agency": "%s", "scope": ["APPOINTMENTS"], "basis": "CONSENT",
                 "rationale": "consent recorded", "expiresOn": "%s"}""".formatted(agency, LocalDate.now().plusDays(30));
        String registration = "{\"agencyId\": \"%s\", \"name\": \"Community mental health team\", \"kind\": \"HEALTH\"}"
                .formatted(agency);

        CaseApi.post("officer", "/people/" + crn + "/sharing-agreements", body).statusCode(400)
                .body("field", equalTo("agency"));
        CaseApi.post("officer", "/partner-agencies", registration).statusCode(403);
        CaseApi.post("senior", "/partner-agencies", registration).statusCode(201);
        CaseApi.post("senior", "/partner-agencies", registration).statusCode(409)
                .body("type", endsWith("agency-already-registered"));
        CaseApi.get("/partner-agencies").statusCode(200).body("agencyId", hasItem(agency)).body("agencyId", hasItem("police-1"));
        CaseApi.post("officer", "/people/" + crn + "/sharing-agreements", body).statusCode(201);
    }

    @Test
    void aPartnerRecordsItsContactOnACaseSharedWithIt_asTheActor_andReadsNoContacts_000_4_2() {
        String crn = CaseApi.register();
        String contact = """
                {"type": "OTHER", "occurredAt": "%s", "outcome": "ATTENDED_COMPLIED",
                 "notes": "seen by the neighbourhood team at the address", "loneContact": false}"""
                .formatted(java.time.Instant.now().minusSeconds(3600));

        CaseApi.post("partner-housing", "/people/" + crn + "/contacts", contact).statusCode(404)
                .contentType("application/problem+json");
        String agreement = CaseApi.post("officer", "/people/" + crn + "/sharing-agreements", """
                {"agency": "housing-1", "scope": ["SENTENCE_PLAN"], "basis": "CONSENT",
                 "rationale": "consent to housing support", "expiresOn": "%s"}""".formatted(LocalDate.now().plusDays(30)))
                .statusCode(201).extract().path("agreementId");
        CaseApi.post("partner-police", "/people/" + crn + "/contacts", contact).statusCode(404);
        String contactId = CaseApi.post("partner-housing", "/people/" + crn + "/contacts", contact).statusCode(201)
                .extract().path("id");

        read("partner-housing", "/people/" + crn + "/contacts", null).statusCode(403);
        read("officer", "/people/" + crn + "/contacts", null).statusCode(200)
                .body("find { it.id == '" + contactId + "' }.recordedByAgency", equalTo("housing-1"))
                .body("find { it.id == '" + contactId + "' }.recordedBy", equalTo("partner-housing"));
        read("officer", "/people/" + crn + "/history", null).statusCode(200)
                .body("events.find { it.type == 'probation-case.contact.recorded' }.actor.agency", equalTo("housing-1"));

        // once the agreement is withdrawn the agency is told the person does not exist
        given().auth().oauth2(Tokens.of("officer")).when().delete("/people/" + crn + "/sharing-agreements/" + agreement)
                .then().statusCode(204);
        CaseApi.post("partner-housing", "/people/" + crn + "/contacts", contact).statusCode(404);
    }

    @Test
    void aPartnerRecordsTheOutcomeOfAReferralToItsAgency_onACaseSharedWithIt_asTheActor_000_4_2() {
        String crn = CaseApi.register();
        String referral = CaseApi.post("officer", "/people/" + crn + "/plan/referrals", """
                {"agency": "housing-1", "service": "tenancy support", "reason": "no fixed abode"}""").statusCode(201)
                .extract().path("referralId");
        String outcome = "{\"outcome\": \"ACCEPTED\", \"notes\": \"tenancy offered\"}";

        CaseApi.post("partner-housing", "/people/" + crn + "/plan/referrals/" + referral + "/outcome", outcome)
                .statusCode(404);
        CaseApi.post("officer", "/people/" + crn + "/sharing-agreements", """
                {"agency": "housing-1", "scope": ["SENTENCE_PLAN"], "basis": "CONSENT",
                 "rationale": "consent to housing support", "expiresOn": "%s"}""".formatted(LocalDate.now().plusDays(30)))
                .statusCode(201);
        CaseApi.post("partner-police", "/people/" + crn + "/plan/referrals/" + referral + "/outcome", outcome)
                .statusCode(404);
        CaseApi.post("partner-housing", "/people/" + crn + "/plan/referrals/" + referral + "/outcome", outcome)
                .statusCode(201);
        read("officer", "/people/" + crn + "/history", null).statusCode(200)
                .body("events.find { it.type == 'probation-case.referral.outcome-recorded' }.actor.agency",
                        equalTo("housing-1"));
    }

    @Test
    void sharingWithoutConsentIsASeniorsDecision_000_4_2() {
        String crn = CaseApi.register();
        String body = """
                {"agency": "police-1", "scope": ["RISK_SUMMARY"], "basis": "PUBLIC_PROTECTION",
                 "rationale": "MAPPA level 2", "expiresOn": "%s"}""".formatted(LocalDate.now().plusDays(30));

        CaseApi.post("officer", "/people/" + crn + "/sharing-agreements", body).statusCode(409)
                .body("type", endsWith("senior-decides-sharing-without-consent"));
        CaseApi.post("senior", "/people/" + crn + "/sharing-agreements", body).statusCode(201);
        CaseApi.post("senior", "/people/" + crn + "/sharing-agreements", body.replace("RISK_SUMMARY", "NOTES"))
                .statusCode(400);
    }

    @Test
    void thePersonOnProbationReadsTheirOwnAppointmentsAndNobodyElses() {
        String own = CaseApi.register();
        String other = CaseApi.register();
        String before = KeycloakUsers.setAttribute("pop", "crn", own);
        try {
            read("pop", "/people/" + own + "/appointments", null).statusCode(200);
            read("pop", "/people/" + other + "/appointments", null).statusCode(404);
            read("pop", "/people/" + own + "/contacts", null).statusCode(403);
            read("pop", "/people/" + own, null).statusCode(403);
        } finally {
            KeycloakUsers.setAttribute("pop", "crn", before == null ? "X000001" : before);
        }
    }

    private static String restriction(String excluded, String restrictedTo) {
        return """
                {"excluded": %s, "restrictedTo": %s, "from": "%s", "until": null,
                 "message": "Contact the case's manager in N01.", "rationale": "the officer knows the family"}"""
                .formatted(excluded, restrictedTo, LocalDate.now());
    }
}
