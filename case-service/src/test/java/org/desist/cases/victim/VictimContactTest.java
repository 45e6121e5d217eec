package org.desist.cases.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.desist.cases.CaseApi;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.testing.LocalPlatform;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class VictimContactTest {

    @Inject
    EventStore store;

    @Test
    void restorativeJusticeNeedsConsentAndASafetyCheckAndARefusalIsRecorded_000_5_2() {
        String crn = CaseApi.register();
        String victim = registerVictim(crn);
        String base = "/people/" + crn + "/victims/" + victim;

        CaseApi.post("officer", base + "/restorative-justice/referrals", "").statusCode(409)
                .body("type", endsWith("victim-consent-required"));
        CaseApi.post("officer", base + "/restorative-justice/consent", "{\"consents\": true}").statusCode(201);
        CaseApi.post("officer", base + "/restorative-justice/referrals", "").statusCode(409)
                .body("type", endsWith("safety-check-required"));
        CaseApi.post("officer", base + "/safety-check", "{\"value\": true, \"notes\": \"no contact since the offence\"}")
                .statusCode(201);
        CaseApi.post("officer", base + "/restorative-justice/referrals", "").statusCode(201);

        assertThat(store.readStream(VictimWork.stream(crn).id())).extracting(StoredEvent::type)
                .filteredOn(t -> t.startsWith("restorative-justice"))
                .containsExactly("restorative-justice.referral.refused", "restorative-justice.referral.refused",
                        "restorative-justice.referral.made");
    }

    @Test
    void restorativeJusticeIsRefusedWhileRepeatVictimisationIsRisked_000_5_3() {
        String crn = CaseApi.register();
        String victim = registerVictim(crn);
        String base = "/people/" + crn + "/victims/" + victim;
        CaseApi.post("officer", base + "/restorative-justice/consent", "{\"consents\": true}").statusCode(201);
        CaseApi.post("officer", base + "/safety-check", "{\"value\": true, \"notes\": \"checked\"}").statusCode(201);
        CaseApi.post("officer", base + "/repeat-victimisation-risk", "{\"value\": true, \"notes\": \"messages sent to victim\"}")
                .statusCode(201);

        CaseApi.post("officer", base + "/restorative-justice/referrals", "").statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("repeat-victimisation-risk"));
    }

    @Test
    void aReleaseOnLicenceMakesNotificationsDueToVictimsInTheScheme_003() {
        String crn = CaseApi.register();
        registerVictim(crn);
        String sentence = CaseApi.get("/people/" + crn + "/sentences").statusCode(200).extract().path("[0].sentenceId");

        CaseApi.post("officer", "/people/" + crn + "/sentences/" + sentence + "/release", """
                {"releaseDate": "2027-01-15", "licenceConditions": ["no contact with the victim", "exclusion zone: Harehills"],
                 "licenceEndDate": "2027-03-02"}""").statusCode(201);

        String notification = CaseApi.get("/people/" + crn + "/victims").statusCode(200)
                .body("notifications.size()", equalTo(2)).extract().path("notifications.values()[0].notificationId");
        CaseApi.post("officer", "/people/" + crn + "/victims/notifications/" + notification + "/sent",
                "{\"sentOn\": \"2026-01-01\"}").statusCode(201);
    }

    @Test
    void victimContactIsNeverForThePersonOnProbationNorPartnersNorPublished() {
        String crn = CaseApi.register();
        registerVictim(crn);
        CaseApi.get("/people/" + crn + "/victims").statusCode(200).body("victims.size()", equalTo(1));
        CaseApi.get("/people/" + crn + "/victims?asOf=2020-01-01T00:00:00Z").statusCode(200).body("victims.size()", equalTo(0));

        given("pop").get("/people/" + crn + "/victims").then().statusCode(403);
        given("partner-police").get("/people/" + crn + "/victims").then().statusCode(403);
        CaseApi.get("/people/" + crn + "/history").statusCode(200).body("events", hasSize(2)); // registration, sentence
        CaseApi.recordContact(crn, CaseApi.contact("ATTENDED_COMPLIED")).statusCode(201);
        try (TopicReader topic = new TopicReader("desist.case.events.test")) {
            // the contact, appended after the victim's registration, is published only after the relay has passed it
            assertThat(topic.await(r -> r.key().equals(crn), 3, Duration.ofSeconds(30))).hasSize(3);
            assertThat(topic.drain(r -> r.key().equals(VictimWork.stream(crn).id()), Duration.ofSeconds(2))).isEmpty();
        }
        assertThat(store.readStream(VictimWork.stream(crn).id())).hasSize(1);
    }

    private static io.restassured.specification.RequestSpecification given(String user) {
        return io.restassured.RestAssured.given().auth().oauth2(org.desist.testing.Tokens.of(user));
    }

    @Test
    void victimContactIsForCasesTheStatutorySchemeCovers() {
        String crn = CaseApi.register();
        CaseApi.post("officer", "/people/" + crn + "/victims",
                "{\"name\": \"J. Smith\", \"contactDetails\": \"x\", \"optedIntoContactScheme\": true}")
                .statusCode(409).body("type", endsWith("not-eligible-for-victim-contact"));
        CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER).statusCode(201);
        CaseApi.post("officer", "/people/" + crn + "/victims",
                "{\"name\": \"J. Smith\", \"contactDetails\": \"x\", \"optedIntoContactScheme\": true}")
                .statusCode(409);
    }

    private static String registerVictim(String crn) {
        CaseApi.post("officer", "/people/" + crn + "/sentences", """
                {"type": "CUSTODY", "sentenceDate": "2025-03-02", "court": "Leeds Crown Court", "lengthMonths": 24,
                 "offences": [{"offenceCode": "00101", "offenceDate": "2025-01-10"}]}""").statusCode(201);
        return CaseApi.post("officer", "/people/" + crn + "/victims",
                "{\"name\": \"J. Smith\", \"contactDetails\": \"via victim liaison unit\", \"optedIntoContactScheme\": true}")
                .statusCode(201).extract().path("victimId");
    }
}
