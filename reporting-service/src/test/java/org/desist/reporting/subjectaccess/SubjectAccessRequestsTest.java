package org.desist.reporting.subjectaccess;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.EventHasher;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.NewEvent;
import org.desist.eventstore.StoredEvent;
import org.desist.reporting.Calls;
import org.desist.testing.KeycloakUsers;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Subject access requests gathered over real HTTP from stand-ins for the services ({@link ServiceStandIns}) with a
 * real Keycloak token: complete, a part retried, a part that times out, and the PDF read back.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_reporting_test"))
@WithTestResource(ServiceStandIns.class)
class SubjectAccessRequestsTest {

    @Inject
    SubjectAccessUpkeep upkeep;

    @Inject
    EventStore store;

    @Test
    void everyPartIsGatheredARetriedOneToo_andTheDocumentHoldsThemAllWithTheAccessLog() throws Exception {
        String crn = "C" + Calls.crn().substring(1);
        ValidatableResponse opened = open("auditor", crn).statusCode(201);
        String id = opened.extract().path("requestId");
        opened.header("Location", endsWith("/subject-access-requests/" + id));
        awaitStatus(id, "COMPLETE")
                .body("crn", equalTo(crn))
                .body("requester", equalTo("AUDITOR_ON_BEHALF"))
                .body("overdue", equalTo(false))
                .body("parts.find { it.service == 'case-service' }.status", equalTo("ANSWERED"))
                .body("parts.find { it.service == 'case-service' }.httpStatus", equalTo(200))
                .body("parts.find { it.service == 'risk-service' }.status", equalTo("NOT_KNOWN"))
                .body("parts.find { it.service == 'conduct-service' }.status", equalTo("NOTHING_HELD"))
                .body("parts.find { it.service == 'conduct-service' }.attempts", equalTo(2))
                .body("parts.find { it.service == 'reporting-service' }.status", equalTo("NOT_KNOWN"));

        byte[] pdf = Calls.get("auditor", "/subject-access-requests/" + id + "/document").statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(crn).contains("OFFICIAL-SENSITIVE").contains("probation-case.contact.recorded")
                    .contains("notes: talked about [third party]")
                    .contains("senior-probation-officer, team N01 read CONTACTS")
                    .contains("Victims' records are the victims' own")
                    .contains("risk-service holds no record of you")
                    .contains("conduct-service knows you but holds nothing about you");
        }
        Calls.get("auditor", "/subject-access-requests/" + id + "/data").statusCode(200)
                .body("parts.find { it.service == 'case-service' }.content.records.size()", equalTo(2));
        Calls.get("auditor", "/subject-access-requests?overdue=true").statusCode(200).body("requestId", not(hasItem(id)));

        // The services were asked with a token they accept as an auditor's.
        String token = ServiceStandIns.TOKENS.iterator().next();
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(new ObjectMapper().readTree(claims).path("realm_access").path("roles").toString()).contains("auditor");
    }

    @Test
    void aServiceThatNeverAnswersFailsItsPartAfterEveryTry_andTheRequestIsListedOverdue() {
        String crn = "H" + Calls.crn().substring(1);
        String id = open("auditor", crn).statusCode(201).extract().path("requestId");
        awaitStatus(id, "FAILED")
                .body("parts.find { it.service == 'conduct-service' }.status", equalTo("FAILED"))
                .body("parts.find { it.service == 'conduct-service' }.attempts", equalTo(2))
                .body("parts.find { it.service == 'conduct-service' }.reason", containsString("Timeout"))
                .body("parts.find { it.service == 'case-service' }.status", equalTo("ANSWERED"));
        Calls.get("auditor", "/subject-access-requests/" + id + "/document").statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("request-not-complete"));
        // assemble-within is 0s in tests: whatever is not complete is overdue at once.
        Calls.get("auditor", "/subject-access-requests?overdue=true").statusCode(200).body("requestId", hasItem(id));
    }

    @Test
    void thePersonAsksForTheirOwnDataOnly_andSeesOnlyTheirOwnRequests() {
        String crn = "P" + Calls.crn().substring(1);
        String other = open("auditor", "P" + Calls.crn().substring(1)).statusCode(201).extract().path("requestId");
        String before = KeycloakUsers.setAttribute("pop", "crn", crn);
        try {
            open("pop", "Z" + Calls.crn().substring(1)).statusCode(404).contentType("application/problem+json");
            String mine = open("pop", crn).statusCode(201).extract().path("requestId");
            Calls.get("pop", "/subject-access-requests/" + mine).statusCode(200).body("requester", equalTo("PERSON"));
            Calls.get("pop", "/subject-access-requests/" + other).statusCode(404);
            Calls.get("pop", "/subject-access-requests?overdue=true").statusCode(403);
        } finally {
            KeycloakUsers.setAttribute("pop", "crn", before == null ? "X000001" : before);
        }
        open("officer", crn).statusCode(403);
        open("auditor", "nope").statusCode(400).contentType("application/problem+json").body("field", containsString("crn"));
    }

    @Test
    void reportingServicesOwnPartHoldsThePersonsReportsWithTheAuthorByRoleAndTeam() {
        String crn = Calls.crn();
        Calls.get("auditor", "/subject-access-request?crn=" + crn).statusCode(209);
        Calls.allocated(crn);
        Calls.get("auditor", "/subject-access-request?crn=" + crn).statusCode(200)
                .body("content.service", equalTo("reporting-service"))
                .body("content.records.what", hasItem("pre-sentence.report.requested"))
                .body("content.records.find { it.what == 'pre-sentence.report.author-assigned' }.details.staffId",
                        equalTo("[withheld: third party]"))
                .body("content.records.find { it.what == 'pre-sentence.report.author-assigned' }.recordedBy",
                        equalTo("senior-probation-officer, team N01"));
        Calls.get("auditor", "/subject-access-request?crn=" + crn + "&toDate=2001-01-01").statusCode(204);
    }

    @Test
    void onlyTheFailedPartsOfAFailedRequestAreGatheredAgain_onTheAuditorsRetryAtTheVersionLastRead() {
        String crn = "R" + Calls.crn().substring(1);
        String id = open("auditor", crn).statusCode(201).extract().path("requestId");
        String etag = awaitStatus(id, "FAILED")
                .body("parts.find { it.service == 'conduct-service' }.status", equalTo("FAILED"))
                .body("parts.find { it.service == 'conduct-service' }.worthRetrying", equalTo(true))
                .body("finishedAt", notNullValue())
                .extract().header("ETag");
        given().auth().oauth2(Tokens.of("auditor")).header("If-Match", "\"1\"")
                .post("/subject-access-requests/" + id + "/retry").then().statusCode(409).contentType("application/problem+json").body("type", endsWith("stale-version"));

        given().auth().oauth2(Tokens.of("auditor")).header("If-Match", etag)
                .post("/subject-access-requests/" + id + "/retry").then()
                .statusCode(202).header("ETag", notNullValue()).body("status", equalTo("PENDING"))
                .body("parts.find { it.service == 'conduct-service' }.status", equalTo("PENDING"))
                .body("parts.find { it.service == 'case-service' }.status", equalTo("ANSWERED"));
        awaitStatus(id, "COMPLETE").body("parts.find { it.service == 'conduct-service' }.status", equalTo("NOTHING_HELD"))
                .body("automaticRetries", equalTo(0));
        assertThat(ServiceStandIns.CASE_CALLS.get(crn)).as("case-service answered the first time: not asked again")
                .hasValue(1);
        Calls.post("auditor", "/subject-access-requests/" + id + "/retry", "").statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("request-not-failed"));
    }

    @Test
    void thePersonRetriesTheirOwnFailedRequest_andNoOneElses() {
        String crn = "R" + Calls.crn().substring(1);
        String other = open("auditor", "R" + Calls.crn().substring(1)).statusCode(201).extract().path("requestId");
        awaitStatus(other, "FAILED");
        String before = KeycloakUsers.setAttribute("pop", "crn", crn);
        try {
            String mine = open("pop", crn).statusCode(201).extract().path("requestId");
            awaitStatus(mine, "FAILED");
            Calls.post("pop", "/subject-access-requests/" + other + "/retry", "").statusCode(404);
            Calls.post("pop", "/subject-access-requests/" + mine + "/retry", "").statusCode(202);
            awaitStatus(mine, "COMPLETE");
        } finally {
            KeycloakUsers.setAttribute("pop", "crn", before == null ? "X000001" : before);
        }
        Calls.post("officer", "/subject-access-requests/" + other + "/retry", "").statusCode(403);
    }

    @Test
    void theServiceItselfGathersAgainAPartThatWasUnavailable_onceItsBackOffHasPassed() {
        String crn = "R" + Calls.crn().substring(1);
        String id = open("auditor", crn).statusCode(201).extract().path("requestId");
        awaitStatus(id, "FAILED");

        upkeep.upkeep(Instant.now());
        Calls.get("auditor", "/subject-access-requests/" + id).statusCode(200).body("status", equalTo("FAILED"));
        upkeep.upkeep(Instant.now().plus(Duration.ofMinutes(6)));
        awaitStatus(id, "COMPLETE").body("automaticRetries", equalTo(1))
                .body("parts.find { it.service == 'conduct-service' }.status", equalTo("NOTHING_HELD"));
    }

    @Test
    void theGatheredDataIsStoredOnlySealed_andErasedOnTheAuditorsRequest_whileTheRecordAndTheHashChainRemain_gdpr_17() {
        String crn = "C" + Calls.crn().substring(1);
        String id = open("auditor", crn).statusCode(201).extract().path("requestId");
        String etag = awaitStatus(id, "COMPLETE").extract().header("ETag");
        Calls.get("auditor", "/subject-access-requests/" + id + "/data").statusCode(200)
                .body("parts.find { it.service == 'case-service' }.content.records[0].details.lastName", equalTo("Morgan"));

        List<StoredEvent> events = store.readStream(SubjectAccessRequest.stream(UUID.fromString(id)).id());
        JsonNode gathered = events.stream().filter(e -> e.type().equals("subject-access.part.gathered")
                && e.payload().path("service").asText().equals("case-service")).findFirst().orElseThrow().payload();
        assertThat(gathered.path("content").path("keyId").asText()).isEqualTo("subject-access-request/" + id);
        assertThat(events.toString()).doesNotContain("Morgan").doesNotContain("talked about");

        Calls.delete("officer", "/subject-access-requests/" + id).statusCode(403);
        given().auth().oauth2(Tokens.of("auditor")).header("If-Match", "\"1\"").delete("/subject-access-requests/" + id)
                .then().statusCode(409).body("type", endsWith("stale-version"));
        given().auth().oauth2(Tokens.of("auditor")).header("If-Match", etag).delete("/subject-access-requests/" + id)
                .then().statusCode(204).header("ETag", notNullValue());

        for (String what : List.of("document", "data")) {
            Calls.get("auditor", "/subject-access-requests/" + id + "/" + what).statusCode(410)
                    .contentType("application/problem+json").body("type", endsWith("erased"))
                    .body("detail", containsString("was erased at")).body("detail", containsString("auditor's request"));
        }
        Calls.get("auditor", "/subject-access-requests/" + id).statusCode(200).body("status", equalTo("COMPLETE"))
                .body("requester", equalTo("AUDITOR_ON_BEHALF")).body("erased", equalTo("ON_REQUEST"))
                .body("erasedAt", notNullValue())
                .body("parts.find { it.service == 'case-service' }.status", equalTo("ANSWERED"));
        Calls.delete("auditor", "/subject-access-requests/" + id).statusCode(410);
        Calls.get("auditor", "/subject-access-requests").statusCode(200)
                .body("find { it.requestId == '" + id + "' }.erasedAt", notNullValue());

        List<StoredEvent> after = store.readStream(SubjectAccessRequest.stream(UUID.fromString(id)).id());
        assertThat(after.subList(0, events.size())).isEqualTo(events);
        assertThat(after.getLast().type()).isEqualTo("subject-access.request.erased");
        for (int i = 0; i < after.size(); i++) {
            assertThat(EventHasher.hash(after.get(i))).isEqualTo(after.get(i).hash());
            if (i > 0) {
                assertThat(after.get(i).previousHash()).contains(after.get(i - 1).hash());
            }
        }
    }

    @Test
    void theGatheredDataIsErasedByItselfOnceKeptForItsTime_gdpr_5_1_e() {
        String crn = "C" + Calls.crn().substring(1);
        String id = open("auditor", crn).statusCode(201).extract().path("requestId");
        awaitStatus(id, "COMPLETE");

        upkeep.upkeep(Instant.now().plus(Duration.ofDays(29)));
        Calls.get("auditor", "/subject-access-requests/" + id + "/document").statusCode(200);
        upkeep.upkeep(Instant.now().plus(Duration.ofDays(31)));
        Calls.get("auditor", "/subject-access-requests/" + id).statusCode(200).body("erased", equalTo("RETENTION_ENDED"));
        Calls.get("auditor", "/subject-access-requests/" + id + "/document").statusCode(410)
                .body("detail", containsString("the time it is kept for had passed"));
    }

    @Test
    void aPartGatheredInPlainTextBeforeSealing_schemaVersion1_stillReads() throws Exception {
        UUID id = UUID.randomUUID();
        String crn = "C" + Calls.crn().substring(1);
        ObjectMapper json = new ObjectMapper();
        Instant now = Instant.now();
        store.append(SubjectAccessRequest.stream(id), ExpectedVersion.noStream(), List.of(
                new NewEvent("subject-access.request.opened", 1, json.readTree("""
                        {"requestId": "%s", "crn": "%s", "requester": "AUDITOR_ON_BEHALF", "parts": ["case-service"],
                         "requestedAt": "%s", "assembleBy": "%s", "respondBy": "2099-01-01"}""".formatted(id, crn, now, now)),
                        now, Optional.empty()),
                new NewEvent("subject-access.part.gathered", 1, json.readTree("""
                        {"requestId": "%s", "service": "case-service", "status": 200, "attempts": 1,
                         "content": {"records": [{"what": "probation-case.person.registered"}]}}""".formatted(id)),
                        now, Optional.empty()),
                new NewEvent("subject-access.request.completed", 1, json.readTree("""
                        {"requestId": "%s", "completedAt": "%s"}""".formatted(id, now)), now, Optional.empty())),
                CommandMetadata.by(Actor.system("reporting-service")));

        Calls.get("auditor", "/subject-access-requests/" + id + "/data").statusCode(200)
                .body("parts[0].content.records[0].what", equalTo("probation-case.person.registered"));
    }

    private static ValidatableResponse open(String user, String crn) {
        return Calls.post(user, "/subject-access-requests", "{\"crn\": \"" + crn + "\"}");
    }

    private static ValidatableResponse awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> !"PENDING".equals(
                Calls.get("auditor", "/subject-access-requests/" + id).statusCode(200).extract().path("status")));
        return Calls.get("auditor", "/subject-access-requests/" + id).statusCode(200).body("status", equalTo(status));
    }
}
