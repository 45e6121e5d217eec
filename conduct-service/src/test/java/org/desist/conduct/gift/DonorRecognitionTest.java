package org.desist.conduct.gift;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.testing.CloudEventWriter;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.desist.eventstore.access.PersonMatchKey;
import java.time.LocalDate;

/**
 * A donor who is a person on probation on case-service's register is a service user, named by CRN or not
 * (002_d7d6c09e19b6ddeb.txt 7.4): conduct-service learns the register from case-service's events.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class DonorRecognitionTest {

    private static final String CASE_TOPIC = "desist.case.events.for-conduct.test";
    private static final Random RANDOM = new Random();

    @Inject
    EventStore store;

    @Inject
    AgroalDataSource database;

    @Inject
    PersonMatchKey matchKeys;

    @Test
    void anOfferFromADonorOnCaseServicesRegisterIsAServiceUsersAndNeverAccepted_002_7_4() throws Exception {
        String crn = "Q" + (100_000 + RANDOM.nextInt(900_000));
        String lastName = letters(10);
        try (CloudEventWriter caseService = new CloudEventWriter(CASE_TOPIC, "/desist/case-service")) {
            // as case-service publishes a registration: no name, its match key under the platform's key
            String matchKey = matchKeys.of("Alex " + lastName, LocalDate.of(1991, 2, 3)).orElseThrow();
            caseService.send(UUID.randomUUID(), "probation-case.person.registered", crn, 1, """
                    {"crn": "%s", "dateOfBirth": "1991-02-03", "sex": "FEMALE", "matchKey": "%s"}"""
                    .formatted(crn, matchKey));
        }
        String donor = "{\"name\": \"  alex %s \", \"dateOfBirth\": \"1991-02-03\"}".formatted(lastName.toUpperCase());

        awaitRecognised(donor).contentType("application/problem+json").body("field", equalTo("decision"));
        StoredEvent declined = store.readStream("officer").stream()
                .filter(e -> e.type().equals("conduct.gift-offer.declined"))
                .filter(e -> e.payload().path("crn").asText().equals(crn)).findFirst().orElseThrow();
        assertThat(declined.payload().path("acceptanceRefused").asBoolean()).isTrue();

        // the same name on another day of birth is somebody else
        offer("{\"name\": \"Alex %s\", \"dateOfBirth\": \"1991-02-04\"}".formatted(lastName)).statusCode(201);
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select p::text from people_on_probation p where crn = ?")) {
            statement.setString(1, crn);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).doesNotContainIgnoringCase(lastName).doesNotContain("1991");
            }
        }
    }

    /** Offers the gift until conduct-service has consumed the registration (it answers 409 then). */
    private static ValidatableResponse awaitRecognised(String donor) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            ValidatableResponse response = offer(donor);
            if (response.extract().statusCode() == 409 || Instant.now().isAfter(deadline)) {
                return response.statusCode(409).body("type", endsWith("gift-from-service-user"));
            }
            Thread.sleep(500);
        }
    }

    private static ValidatableResponse offer(String donor) {
        return given().auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON).body("""
                {"staffId": "officer", "kind": "GIFT", "donorType": "OTHER", "description": "a bottle of wine",
                 "value": 15, "offeredAt": "2026-11-20T15:00:00Z", "decision": "ACCEPTED", "donor": %s}"""
                .formatted(donor)).when().post("/gifts").then();
    }

    private static String letters(int count) {
        StringBuilder name = new StringBuilder("Z");
        for (int i = 0; i < count; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }
}
