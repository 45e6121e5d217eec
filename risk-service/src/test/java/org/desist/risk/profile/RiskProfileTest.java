package org.desist.risk.profile;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import jakarta.inject.Inject;
import java.util.List;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.EventCodec;
import org.desist.risk.ogrs3.Ogrs3;
import org.desist.risk.ogrs3.ScoresEvent;
import org.desist.risk.ogrs3.ScoresEvent.ScoresDetermined;
import org.desist.testing.CloudEventWriter;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** case-service's events, as it publishes them, arrive through the real broker and change the risk profile. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_risk_test"))
class RiskProfileTest {

    private static final String TOPIC = "desist.case.events.test";
    private static CloudEventWriter caseService;
    private static CloudEventWriter monitoring;

    @Inject
    EventStore store;

    @Inject
    EventCodec codec;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void connect() {
        caseService = new CloudEventWriter(TOPIC, "/desist/case-service");
        monitoring = new CloudEventWriter("desist.case.monitoring.test", "/desist/case-service");
    }

    @AfterAll
    static void disconnect() {
        caseService.close();
        monitoring.close();
    }

    @Test
    void aRegistrationFromCaseServiceStartsTheProfile() {
        String crn = newCrn();
        registered(UuidV7.next(), crn);

        await().atMost(Duration.ofSeconds(30)).until(() -> "W1".equals(ethnicity(crn)));
        awaitProfile(crn)
                .body("crn", equalTo(crn))
                .body("dateOfBirth", equalTo("1990-04-01"))
                .body("sex", equalTo("MALE"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("ethnicity")))
                .body("contacts", equalTo(0));
    }

    @Test
    void ethnicityFromTheRestrictedTopicBeforeTheRegistrationIsKeptWhenTheRegistrationArrives_needToKnow_001() throws Exception {
        String crn = newCrn();
        UUID id = UuidV7.next();
        monitored(id, crn);
        await().atMost(Duration.ofSeconds(30)).until(() -> "W1".equals(ethnicity(crn)));
        caseService.send(id, "probation-case.person.registered", crn, 1, """
                {"crn":"%s","firstName":"Sam","lastName":"Jones","dateOfBirth":"1990-04-01","sex":"MALE"}""".formatted(crn));
        awaitProfile(crn).body("dateOfBirth", equalTo("1990-04-01"));
        // and a redelivery of either changes nothing
        monitored(id, crn);
        caseService.send(UuidV7.next(), "probation-case.contact.recorded", crn, 2, contactJson(UuidV7.next(), "ATTENDED_COMPLIED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> profile(crn).statusCode(200)
                .body("contacts", equalTo(1)).body("sex", equalTo("MALE")));
        assertThat(ethnicity(crn)).isEqualTo("W1");
    }

    @Test
    void theRegistrationOnTheSharedTopicAfterItsEthnicityDoesNotWipeIt_needToKnow_001() throws Exception {
        String crn = newCrn();
        UUID id = UuidV7.next();
        caseService.send(id, "probation-case.person.registered", crn, 1, """
                {"crn":"%s","firstName":"Sam","lastName":"Jones","dateOfBirth":"1990-04-01","sex":"MALE"}""".formatted(crn));
        awaitProfile(crn);
        monitored(id, crn);
        await().atMost(Duration.ofSeconds(30)).until(() -> "W1".equals(ethnicity(crn)));
        caseService.send(id, "probation-case.person.registered", crn, 1, """
                {"crn":"%s","firstName":"Sam","lastName":"Jones","dateOfBirth":"1990-04-01","sex":"MALE"}""".formatted(crn));
        caseService.send(UuidV7.next(), "probation-case.contact.recorded", crn, 2, contactJson(UuidV7.next(), "ATTENDED_COMPLIED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> profile(crn).statusCode(200).body("contacts", equalTo(1)));
        assertThat(ethnicity(crn)).isEqualTo("W1");
    }

    /** Ethnicity as fairness monitoring reads it; no endpoint shows a person's. */
    private String ethnicity(String crn) throws java.sql.SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT ethnicity FROM equality_monitoring WHERE crn = ?")) {
            statement.setString(1, crn);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    @Test
    void failuresToAttendAreCountedAndACorrectionReplacesTheOutcome() {
        String crn = newCrn();
        registered(UuidV7.next(), crn);
        UUID contact = UuidV7.next();
        caseService.send(UuidV7.next(), "probation-case.contact.recorded", crn, 2, contactJson(contact, "FAILED_TO_ATTEND"));
        awaitProfile(crn).body("failuresToAttend", equalTo(1));

        caseService.send(UuidV7.next(), "probation-case.contact.corrected", crn, 3, """
                {"contactId":"%s","reason":"recorded against the wrong day","type":"OFFICE_VISIT",
                 "occurredAt":"2026-01-05T10:00:00Z","outcome":"ACCEPTABLE_ABSENCE","notes":"unwell, certificate seen"}
                """.formatted(contact));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> profile(crn).statusCode(200)
                .body("failuresToAttend", equalTo(0))
                .body("contacts", equalTo(1))
                .body("caseVersion", equalTo(3)));
    }

    @Test
    void theSameEventDeliveredTwiceThroughTheBrokerCountsOnce() {
        String crn = newCrn();
        registered(UuidV7.next(), crn);
        UUID eventId = UuidV7.next();
        String json = contactJson(UuidV7.next(), "FAILED_TO_ATTEND");

        caseService.send(eventId, "probation-case.contact.recorded", crn, 2, json);
        caseService.send(eventId, "probation-case.contact.recorded", crn, 2, json);
        // a later event proves that both deliveries of the duplicate have been consumed
        caseService.send(UuidV7.next(), "probation-case.contact.recorded", crn, 3, contactJson(UuidV7.next(), "ATTENDED_COMPLIED"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> profile(crn).statusCode(200)
                .body("contacts", equalTo(2))
                .body("failuresToAttend", equalTo(1)));
    }

    @Test
    void eventsNoRiskFactDependsOnArePassedOverWithoutARecordAndTheFactsAfterThemFollowInOrder() throws Exception {
        String crn = newCrn();
        registered(UuidV7.next(), crn);
        UUID appointment = UuidV7.next();
        caseService.send(appointment, "probation-case.appointment.scheduled", crn, 2, """
                {"contactId":"%s","type":"OFFICE_VISIT","startsAt":"2026-12-01T09:30:00Z","sentenceId":"%s"}"""
                .formatted(UuidV7.next(), UuidV7.next()));
        caseService.send(UuidV7.next(), "probation-case.contact.recorded", crn, 3,
                contactJson(UuidV7.next(), "ATTENDED_COMPLIED"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> profile(crn).statusCode(200)
                .body("contacts", equalTo(1))
                .body("caseVersion", equalTo(3)));
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT count(*) FROM consumed_events WHERE event_id = ?")) {
            select.setString(1, appointment.toString());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).isZero();
            }
        }
    }

    @Test
    void ogrs3IsRecalculatedFromCaseServicesFactsWithItsInputs_ogrs3() {
        String crn = scoredPerson();
        List<StoredEvent> scores = scores(crn);
        assertThat(scores).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("risk-assessment.scores.determined");
            assertThat(e.payload().get("inputs").get("totalSanctions").asInt()).isEqualTo(5);
            assertThat(e.payload().get("inputs").get("offenceCategory").asText()).isEqualTo("THEFT_NON_MOTOR");
            assertThat(e.payload().get("formulaVersion").asText()).isEqualTo("OGRS3");
            assertThat(e.causationId()).isPresent();
        });

        caseService.send(UuidV7.next(), "probation-case.conviction.recorded", crn, 4, """
                {"convictionId": "%s", "offenceCode": "03801", "offenceDate": "2026-06-01", "convictionDate": "2026-07-01",
                 "court": "Leeds", "category": "x"}""".formatted(UuidV7.next()));
        await().atMost(Duration.ofSeconds(30)).until(() -> scores(crn).size() == 2);
        assertThat(scores(crn).getLast().payload().get("inputs").get("totalSanctions").asInt()).isEqualTo(6);
    }

    @Test
    void everyStoredScoreIsReproducedExactlyFromItsEvent_ogrs3() {
        scoredPerson();
        List<ScoresDetermined> stored = store.readLog(0, 100_000).stream()
                .flatMap(e -> codec.decode(e, ScoresEvent.class).stream())
                .map(ScoresDetermined.class::cast).toList();
        assertThat(stored).isNotEmpty();
        assertThat(stored).allSatisfy(s -> assertThat(Ogrs3.calculate(s.inputs())).isEqualTo(s.ogrs3()));
    }

    private List<StoredEvent> scores(String crn) {
        return store.readStream(crn).stream().filter(e -> e.type().equals("risk-assessment.scores.determined")).toList();
    }

    /** A person whose registration, police record and sentence have arrived, and whose OGRS3 is therefore scored. */
    private String scoredPerson() {
        String crn = newCrn();
        registered(UuidV7.next(), crn);
        caseService.send(UuidV7.next(), "probation-case.criminal-history.recorded", crn, 2, """
                {"previousSanctions": 4, "firstSanctionDate": "2008-05-01", "previousOffences": [], "source": "PNC"}""");
        caseService.send(UuidV7.next(), "probation-case.sentence.recorded", crn, 3, """
                {"sentenceId": "%s", "type": "COMMUNITY_ORDER", "sentenceDate": "2026-05-01", "court": "Leeds",
                 "lengthMonths": 12, "expectedEndDate": "2027-05-01", "requirements": [],
                 "offences": [{"offenceCode": "03801", "offenceDate": "2026-01-01", "group": "Theft and handling",
                               "category": "Money Laundering offences (not drugs)", "description": "x", "violent": false}]}"""
                .formatted(UuidV7.next()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> profile(crn).statusCode(200)
                .body("ogrs3.oneYearPercent", equalTo(27))
                .body("ogrs3.twoYearPercent", equalTo(43))
                .body("ogrs3.band", equalTo("LOW")));
        return crn;
    }

    @Test
    void anUnknownPersonIsNotFoundAndAMalformedCrnIsABadRequest() {
        profile("Z999999").statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("officer")).when().get("/people/not-a-crn/risk-profile")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("crn"));
    }

    @Test
    void theProfileNeedsAStaffRole() {
        String crn = newCrn();
        given().when().get("/people/" + crn + "/risk-profile").then().statusCode(401);
        given().auth().oauth2(Tokens.of("partner-police")).when().get("/people/" + crn + "/risk-profile")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("pop")).when().get("/people/" + crn + "/risk-profile").then().statusCode(403);
    }

    /** As case-service publishes a registration: ethnicity only on the restricted monitoring topic. */
    private static void registered(UUID id, String crn) {
        caseService.send(id, "probation-case.person.registered", crn, 1, """
                {"crn":"%s","firstName":"Sam","lastName":"Jones","dateOfBirth":"1990-04-01","sex":"MALE","pncNumber":null}
                """.formatted(crn));
        monitored(id, crn);
    }

    private static void monitored(UUID id, String crn) {
        monitoring.send(id, "probation-case.person.registered", crn, 1, """
                {"crn":"%s","dateOfBirth":"1990-04-01","sex":"MALE","ethnicity":"W1"}""".formatted(crn));
    }

    private static String contactJson(UUID contactId, String outcome) {
        return """
                {"contactId":"%s","type":"OFFICE_VISIT","occurredAt":"%s","outcome":"%s","notes":"",
                 "loneContact":false,"loneContactReason":null}
                """.formatted(contactId, Instant.parse("2026-01-05T10:00:00Z"), outcome);
    }

    private static ValidatableResponse awaitProfile(String crn) {
        await().atMost(Duration.ofSeconds(30)).until(() -> profile(crn).extract().statusCode() == 200);
        return profile(crn).statusCode(200);
    }

    private static ValidatableResponse profile(String crn) {
        return given().auth().oauth2(Tokens.of("officer")).when().get("/people/" + crn + "/risk-profile").then();
    }

    /** A CRN no other test run has used: the letter R and six random digits drawn from a fresh UUID. */
    private static String newCrn() {
        return "R" + String.format("%06d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L));
    }
}
