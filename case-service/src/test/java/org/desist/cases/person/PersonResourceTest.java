package org.desist.cases.person;

import com.fasterxml.jackson.databind.ObjectMapper;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.cases.CaseApi;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projections;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class PersonResourceTest {

    @Inject
    EventStore store;

    @Inject
    Projections projections;

    @Test
    void registeringAPersonAnswersANewCrnAndRecordsWhoDidIt() {
        String pnc = CaseApi.freshPnc();
        String location = CaseApi.registerAs("officer", CaseApi.PERSON.replace("2004/0046583U", pnc))
                .statusCode(201)
                .body("crn", matchesPattern("[A-Z][0-9]{6}"))
                .extract().header("Location");
        String crn = location.substring(location.lastIndexOf('/') + 1);

        CaseApi.get("/people/" + crn).statusCode(200)
                .header("ETag", containsString("1"))
                .body("crn", equalTo(crn))
                .body("firstName", equalTo("Alex"))
                .body("dateOfBirth", equalTo("1991-02-03"))
                .body("sex", equalTo("FEMALE"))
                .body("ethnicity", equalTo("W1"))
                .body("pncNumber", equalTo(pnc))
                .body("registeredBy", equalTo("officer"));

        List<StoredEvent> events = store.readStream(crn);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("probation-case.person.registered");
            assertThat(e.actor().subject()).isEqualTo("officer");
            assertThat(e.actor().role()).isEqualTo("probation-officer");
            assertThat(e.actor().team()).contains("N01");
            assertThat(e.payload().get("lastName").asText()).isEqualTo("Morgan");
        });
    }

    @Test
    void theRegistrationIsPublishedAsACloudEventKeyedByCrn() {
        String crn = CaseApi.register();

        try (TopicReader topic = new TopicReader("desist.case.events.test")) {
            List<ConsumerRecord<String, String>> records = topic.await(r -> crn.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(header(r, "ce_type")).isEqualTo("probation-case.person.registered");
                assertThat(header(r, "ce_source")).isEqualTo("/desist/case-service");
                assertThat(header(r, "ce_subject")).isEqualTo(crn);
                assertThat(r.value()).contains("\"dateOfBirth\":\"1991-02-03\"");
            });
        }
    }

    /** 001: share on a need-to-know basis: what risk-, reporting- and conduct-service use, never equality answers. */
    @Test
    void theRegistrationPublishesNoEqualityMonitoringAnswersAndEthnicityOnlyToFairnessMonitoring_needToKnow_001() {
        String crn = CaseApi.registerAs("officer", CaseApi.PERSON.replace("2004/0046583U", CaseApi.freshPnc())
                .replace("\"ethnicity\"", "\"equality\": {\"disability\": true, \"religionOrBelief\": \"Quaker\", "
                        + "\"sexualOrientation\": \"Bisexual\", \"genderIdentity\": \"Non-binary\"}, \"ethnicity\""))
                .statusCode(201).extract().path("crn");

        try (TopicReader topic = new TopicReader("desist.case.events.test");
                TopicReader monitoring = new TopicReader("desist.case.monitoring.test")) {
            ConsumerRecord<String, String> published = topic.await(r -> crn.equals(r.key()), 1, Duration.ofSeconds(30))
                    .getFirst();
            assertThat(header(published, "ce_type")).isEqualTo("probation-case.person.registered");
            assertThat(new ObjectMapper().readTree(published.value()).properties()).extracting(Map.Entry::getKey)
                    .containsExactlyInAnyOrder("crn", "firstName", "lastName", "dateOfBirth", "sex", "pncNumber",
                            "matchKey");
            // ethnicity only on the restricted topic fairness monitoring reads, with no name
            ConsumerRecord<String, String> restricted = monitoring.await(r -> crn.equals(r.key()), 1,
                    Duration.ofSeconds(30)).getFirst();
            assertThat(header(restricted, "ce_id")).isEqualTo(header(published, "ce_id"));
            assertThat(new ObjectMapper().readTree(restricted.value()).properties()).extracting(Map.Entry::getKey)
                    .containsExactlyInAnyOrder("crn", "sex", "ethnicity", "dateOfBirth");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // the record itself keeps everything registered
        CaseApi.get("/people/" + crn).statusCode(200).body("lastName", equalTo("Morgan"))
                .body("equality.religionOrBelief", equalTo("Quaker"));
    }

    @Test
    void missingFieldsAreNamed() {
        CaseApi.registerAs("officer", """
                {"lastName": "Morgan", "dateOfBirth": "1991-02-03", "sex": "FEMALE"}""")
                .statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("firstName"))
                .body("status", equalTo(400));
    }

    @Test
    void anUnknownSexIsNamedWithTheValuesAllowed() {
        CaseApi.registerAs("officer", CaseApi.PERSON.replace("FEMALE", "UNKNOWN"))
                .statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("sex"))
                .body("detail", containsString("MALE"));
    }

    @Test
    void aWrongTypeIsNamed() {
        CaseApi.registerAs("officer", CaseApi.PERSON.replace("\"Alex\"", "42"))
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("firstName"));
        CaseApi.registerAs("officer", CaseApi.PERSON.replace("\"1991-02-03\"", "\"3rd Feb 1991\""))
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("dateOfBirth"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        CaseApi.registerAs("officer", "{\"firstName\": \"Alex\",")
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("body"));
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        CaseApi.registerAs("officer", CaseApi.PERSON.replace("1991-02-03", LocalDate.now().plusDays(1).toString()))
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("dateOfBirth"));
    }

    @Test
    void anUnknownFieldOrABadPncNumberIsNamed() {
        CaseApi.registerAs("officer", CaseApi.PERSON.replace("\"sex\"", "\"nickname\": \"Al\", \"sex\""))
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("nickname"));
        CaseApi.registerAs("officer", CaseApi.PERSON.replace("2004/0046583U", "not-a-pnc"))
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("pncNumber"));
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String huge = "x".repeat(2_000_000);
        CaseApi.registerAs("officer", CaseApi.PERSON.replace("Morgan", huge))
                .statusCode(413).contentType("application/problem+json").body("field", equalTo("body"));
        CaseApi.registerAs("officer", CaseApi.PERSON.replace("Morgan", "x".repeat(500)))
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("lastName"));
    }

    @Test
    void onlyStaffWhoSuperviseMayRegister() {
        given().contentType(ContentType.JSON).body(CaseApi.PERSON).when().post("/people").then().statusCode(401);
        CaseApi.registerAs("partner-police", CaseApi.PERSON).statusCode(403);
        CaseApi.registerAs("court", CaseApi.PERSON).statusCode(403);
        CaseApi.registerAs("senior", CaseApi.person()).statusCode(201);
    }

    @Test
    void aSecondRegistrationWithAPncNumberIsRefusedNamingTheFirst() {
        String pnc = CaseApi.freshPnc();
        String first = CaseApi.registerAs("officer", CaseApi.PERSON.replace("2004/0046583U", pnc)).statusCode(201)
                .extract().path("crn");

        CaseApi.registerAs("senior", CaseApi.PERSON.replace("2004/0046583U", pnc.toLowerCase(java.util.Locale.ROOT)
                        .toUpperCase(java.util.Locale.ROOT)).replace("Alex", "Alexandra")).statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("pnc-already-registered"))
                .body("detail", containsString(first));
    }

    @Test
    void twoRegistrationsWithOnePncNumberAtOnceMakeOnePerson() throws Exception {
        String pnc = CaseApi.freshPnc();
        String body = CaseApi.PERSON.replace("2004/0046583U", pnc);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> CaseApi.registerAs("officer", body).extract().statusCode()));
            }
            List<Integer> codes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
            assertThat(codes).containsExactlyInAnyOrder(201, 409, 409, 409);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anUnknownCrnIsNotFoundAndAMalformedOneIsABadRequest() {
        CaseApi.get("/people/Z000000").statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("not-found"));
        CaseApi.get("/people/12345").statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("crn"));
        given().auth().oauth2(Tokens.of("auditor")).when().get("/people/Z000000").then().statusCode(403);
    }

    @Test
    void thePeopleReadModelRebuildsFromTheLogToTheSameState() {
        String crn = CaseApi.register();
        String before = CaseApi.get("/people/" + crn).statusCode(200).extract().asString();

        projections.rebuild("people");

        assertThat(CaseApi.get("/people/" + crn).statusCode(200).extract().asString()).isEqualTo(before);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
