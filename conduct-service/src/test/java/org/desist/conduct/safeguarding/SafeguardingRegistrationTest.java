package org.desist.conduct.safeguarding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.desist.testing.TopicReader;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Safeguarding registration withdrawn and reinstated through REST; what case-service hears, read from the topic. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class SafeguardingRegistrationTest {

    @Test
    void aWithdrawnSafeguardingRegistrationIsPublishedForCaseService_002_4_5() {
        String staff = joined();
        String withdrawal = "{\"withdrawnAt\": \"%s\", \"reason\": \"barred by the DBS\"}".formatted(Instant.now());

        post("officer", "/staff/" + staff + "/safeguarding-registration/withdrawal", withdrawal).statusCode(403);
        post("conduct", "/staff/" + staff + "/safeguarding-registration/withdrawal", withdrawal).statusCode(201);
        post("conduct", "/staff/" + staff + "/safeguarding-registration/withdrawal", withdrawal).statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("safeguarding-registration-already-withdrawn"));

        // exactly one withdrawal of this member of staff reaches the topic: the refused second one adds nothing
        try (TopicReader topic = new TopicReader(topic())) {
            assertThat(topic.drain(r -> staff.equals(r.key())
                    && TopicReader.type(r).equals("conduct.safeguarding-registration.withdrawn"), Duration.ofSeconds(8)))
                    .singleElement().satisfies(r -> assertThat(r.value()).contains("\"staffId\":\"" + staff + "\""));
        }
    }

    @Test
    void aReinstatedSafeguardingRegistrationIsPublishedForCaseService_002_4_5() {
        String staff = joined();
        String reinstatement = "{\"reinstatedAt\": \"%s\"}";
        post("conduct", "/staff/" + staff + "/safeguarding-registration/reinstatement",
                reinstatement.formatted(Instant.now())).statusCode(409)
                .body("type", endsWith("safeguarding-registration-not-withdrawn"));
        post("conduct", "/staff/" + staff + "/safeguarding-registration/withdrawal",
                "{\"withdrawnAt\": \"%s\", \"reason\": \"under investigation\"}".formatted(Instant.now())).statusCode(201);

        post("officer", "/staff/" + staff + "/safeguarding-registration/reinstatement",
                reinstatement.formatted(Instant.now())).statusCode(403);
        post("conduct", "/staff/" + staff + "/safeguarding-registration/reinstatement",
                reinstatement.formatted(Instant.now())).statusCode(201);

        try (TopicReader topic = new TopicReader(topic())) {
            List<ConsumerRecord<String, String>> records = topic.await(r -> staff.equals(r.key())
                    && TopicReader.type(r).startsWith("conduct.safeguarding-registration."), 2, Duration.ofSeconds(30));
            assertThat(records).extracting(TopicReader::type).containsExactly(
                    "conduct.safeguarding-registration.withdrawn", "conduct.safeguarding-registration.reinstated");
        }
    }

    /** A member of staff who joins for this test alone. */
    private static String joined() {
        String staff = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        post("conduct", "/staff", """
                {"staffId": "%s", "name": "A. Officer", "role": "probation-officer", "team": "N01", "lineManager": "senior"}"""
                .formatted(staff)).statusCode(201);
        return staff;
    }

    private static ValidatableResponse post(String user, String path, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json).when().post(path).then();
    }

    private static String topic() {
        return ConfigProvider.getConfig().getValue("desist.eventstore.relay.topic", String.class);
    }
}
