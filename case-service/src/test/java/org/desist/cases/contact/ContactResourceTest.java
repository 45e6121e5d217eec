package org.desist.cases.contact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.desist.cases.CaseApi;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class ContactResourceTest {

    @Inject
    EventStore store;

    @Test
    void aContactIsRecordedAsAnEventAndListed() {
        String crn = CaseApi.register();

        String id = CaseApi.recordContact(crn, CaseApi.contact("ATTENDED_COMPLIED"))
                .statusCode(201).body("id", notNullValue()).extract().path("id");

        CaseApi.get("/people/" + crn + "/contacts").statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(id))
                .body("[0].type", equalTo("OFFICE_VISIT"))
                .body("[0].outcome", equalTo("ATTENDED_COMPLIED"))
                .body("[0].recordedBy", equalTo("officer"));
        StoredEvent recorded = store.readStream(crn).getLast();
        assertThat(recorded.type()).isEqualTo("probation-case.contact.recorded");
        assertThat(recorded.payload().get("contactId").asText()).isEqualTo(id);
        assertThat(recorded.occurredAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
    }

    @Test
    void loneContactNeedsItsReason_002_7_8() {
        String crn = CaseApi.register();

        CaseApi.recordContact(crn, """
                {"type": "HOME_VISIT", "occurredAt": "2026-01-05T10:00:00Z", "outcome": "ATTENDED_COMPLIED",
                 "notes": "home visit", "loneContact": true}""")
                .statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("loneContactReason"))
                .body("source", equalTo("002_d7d6c09e19b6ddeb.txt 7.8"));
        assertThat(store.readStream(crn)).hasSize(1);

        CaseApi.recordContact(crn, """
                {"type": "HOME_VISIT", "occurredAt": "2026-01-05T10:00:00Z", "outcome": "ATTENDED_COMPLIED",
                 "notes": "home visit", "loneContact": true,
                 "loneContactReason": "planned home visit under the sentence plan; colleague unavailable"}""")
                .statusCode(201);
        CaseApi.get("/people/" + crn + "/contacts").statusCode(200)
                .body("[0].loneContact", equalTo(true))
                .body("[0].loneContactReason", equalTo("planned home visit under the sentence plan; colleague unavailable"));
    }

    @Test
    void aCorrectionKeepsTheOriginalInTheHistory_000_8_6() {
        String crn = CaseApi.register();
        CaseApi.orderSince(crn, java.time.LocalDate.parse("2025-12-01"));
        String id = CaseApi.recordContact(crn, CaseApi.contact("FAILED_TO_ATTEND")).statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.of("senior")).contentType(ContentType.JSON)
                .body("{\"reason\": \"medical certificate received\", \"outcome\": \"ACCEPTABLE_ABSENCE\"}")
                .when().post("/people/" + crn + "/contacts/" + id + "/corrections").then().statusCode(201);

        CaseApi.get("/people/" + crn + "/contacts").statusCode(200)
                .body("[0].outcome", equalTo("ACCEPTABLE_ABSENCE"))
                .body("[0].corrections", equalTo(1))
                .body("[0].lastCorrectionReason", equalTo("medical certificate received"));
        CaseApi.get("/people/" + crn + "/history").statusCode(200)
                .body("total", equalTo(6))
                .body("events[2].type", equalTo("probation-case.contact.recorded"))
                .body("events[2].data.outcome", equalTo("FAILED_TO_ATTEND"))
                .body("events[2].actor.subject", equalTo("officer"))
                .body("events[3].type", equalTo("enforcement.warning.issued"))
                .body("events[4].type", equalTo("probation-case.contact.corrected"))
                .body("events[4].actor.subject", equalTo("senior"))
                .body("events[4].actor.role", equalTo("senior-probation-officer"))
                .body("events[4].rationale", equalTo("medical certificate received"))
                .body("events[5].type", equalTo("enforcement.warning.withdrawn"));
    }

    @Test
    void contactsAndThePersonAnswerAsTheyStoodAtAnEarlierMoment() throws InterruptedException {
        java.time.Instant beforeRegistration = java.time.Instant.now();
        String crn = CaseApi.register();
        CaseApi.orderSince(crn, java.time.LocalDate.parse("2025-12-01"));
        String id = CaseApi.recordContact(crn, CaseApi.contact("FAILED_TO_ATTEND")).statusCode(201).extract().path("id");
        Thread.sleep(5);
        java.time.Instant beforeCorrection = java.time.Instant.now();
        CaseApi.post("officer", "/people/" + crn + "/contacts/" + id + "/corrections",
                "{\"reason\": \"wrong outcome\", \"outcome\": \"ATTENDED_COMPLIED\"}").statusCode(201);

        CaseApi.get("/people/" + crn + "/contacts?asOf=" + beforeCorrection).statusCode(200)
                .body("[0].outcome", equalTo("FAILED_TO_ATTEND")).body("[0].corrections", equalTo(0));
        String now = CaseApi.get("/people/" + crn + "/contacts").statusCode(200).extract().asString();
        String folded = CaseApi.get("/people/" + crn + "/contacts?asOf=" + java.time.Instant.now()).statusCode(200)
                .extract().asString();
        assertThat(folded).isEqualTo(now);
        CaseApi.get("/people/" + crn + "?asOf=" + beforeCorrection).statusCode(200).header("ETag", equalTo("\"4\""));
        CaseApi.get("/people/" + crn + "?asOf=" + beforeRegistration).statusCode(404);
        CaseApi.get("/people/" + crn + "/contacts?asOf=not-a-time").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aCorrectionNeedsAReasonAndAnExistingContact() {
        String crn = CaseApi.register();
        given().auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON).body("{\"outcome\": \"ACCEPTABLE_ABSENCE\"}")
                .when().post("/people/" + crn + "/contacts/0190f2a0-0000-7000-8000-000000000000/corrections")
                .then().statusCode(400).body("field", equalTo("reason"));
        given().auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON).body("{\"reason\": \"typo\"}")
                .when().post("/people/" + crn + "/contacts/0190f2a0-0000-7000-8000-000000000000/corrections")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aStaleIfMatchIsAConflictAndWritesNothing() {
        String crn = CaseApi.register();
        CaseApi.recordContact(crn, CaseApi.contact("ATTENDED_COMPLIED")).statusCode(201).header("ETag", equalTo("\"2\""));

        given().auth().oauth2(Tokens.of("officer")).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(CaseApi.contact("FAILED_TO_ATTEND")).when().post("/people/" + crn + "/contacts")
                .then().statusCode(409).contentType("application/problem+json").body("type", endsWith("stale-version"));
        given().auth().oauth2(Tokens.of("officer")).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(CaseApi.contact("ACCEPTABLE_ABSENCE")).when().post("/people/" + crn + "/contacts")
                .then().statusCode(201);

        List<StoredEvent> events = store.readStream(crn);
        assertThat(events).hasSize(3);
    }

    @Test
    void concurrentWritersWithTheSameVersionNeverLoseAnUpdate() throws Exception {
        String crn = CaseApi.register();
        java.util.List<java.util.concurrent.Callable<Integer>> writers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            writers.add(() -> given().auth().oauth2(Tokens.of("officer")).header("If-Match", "\"1\"")
                    .contentType(ContentType.JSON).body(CaseApi.contact("ATTENDED_COMPLIED"))
                    .when().post("/people/" + crn + "/contacts").then().extract().statusCode());
        }
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            for (java.util.concurrent.Future<Integer> status : pool.invokeAll(writers)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(store.readStream(crn)).hasSize(2);
        CaseApi.get("/people/" + crn + "/contacts").statusCode(200).body("", hasSize(1));
    }

    @Test
    void badContactsAreRefusedNamingTheField() {
        String crn = CaseApi.register();
        CaseApi.recordContact(crn, CaseApi.contact("WENT_FISHING")).statusCode(400).body("field", equalTo("outcome"));
        CaseApi.recordContact(crn, CaseApi.contact("ATTENDED_COMPLIED").replace("2026-01-05T10:00:00Z",
                Instant.now().plus(2, ChronoUnit.DAYS).toString())).statusCode(400).body("field", equalTo("occurredAt"));
        CaseApi.recordContact(crn, CaseApi.contact("ATTENDED_COMPLIED").replace("false", "\"no\""))
                .statusCode(400).body("field", equalTo("loneContact"));
        CaseApi.recordContact(crn, CaseApi.contact("ATTENDED_COMPLIED").replace("discussed accommodation", "x".repeat(30_000)))
                .statusCode(400).body("field", equalTo("notes"));
        CaseApi.recordContact(crn, "{\"type\": \"PHONE\"}").statusCode(400).contentType("application/problem+json");
        CaseApi.recordContact("Z000000", CaseApi.contact("ATTENDED_COMPLIED")).statusCode(404);
        assertThat(store.readStream(crn)).hasSize(1);
    }

    @Test
    void contactsNeedAStaffRole() {
        String crn = CaseApi.register();
        given().contentType(ContentType.JSON).body(CaseApi.contact("ATTENDED_COMPLIED"))
                .when().post("/people/" + crn + "/contacts").then().statusCode(401);
        given().auth().oauth2(Tokens.of("partner-housing")).when().get("/people/" + crn + "/contacts").then().statusCode(403);
        given().auth().oauth2(Tokens.of("pop")).when().get("/people/" + crn + "/history").then().statusCode(403);
        // the auditor reads case content only for a declared purpose, recorded in the access log (NeedToKnowTest)
        given().auth().oauth2(Tokens.of("auditor")).when().get("/people/" + crn + "/history").then().statusCode(403);
        given().auth().oauth2(Tokens.of("auditor")).header("X-Purpose", "audit of contact records").when()
                .get("/people/" + crn + "/history").then().statusCode(200);
    }
}
