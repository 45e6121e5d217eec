package org.desist.conduct.declaration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.desist.testing.TopicReader;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** A declaration withdrawn, or its relationship ended, through REST; what case-service hears, read from the topic. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class DeclarationEndingTest {

    @Test
    void theDeclarerWithdrawsADeclarationAndCaseServiceHearsOnlyThatTheBlockIsLifted_002_7_6_and_7_7() {
        String crn = crn();
        String id = declare(crn, "my cousin, whose name stays in conduct-service");

        post("court", "/declarations/" + id + "/withdrawal").statusCode(403);
        post("officer", "/declarations/" + id + "/withdrawal").statusCode(201);
        post("officer", "/declarations/" + id + "/withdrawal").statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("declaration-ended"));
        post("officer", "/declarations/" + UUID.randomUUID() + "/withdrawal").statusCode(404);

        ConsumerRecord<String, String> ended = published(crn, "conduct.relationship.declaration-ended");
        assertThat(ended.key()).isEqualTo("officer");
        assertThat(ended.value()).contains("\"staffId\":\"officer\"").contains("\"supervisionBlockLifted\":true")
                .doesNotContain("cousin").doesNotContain("FAMILY");
        given().auth().oauth2(Tokens.of("officer")).when().get("/declarations?staffId=officer").then().statusCode(200)
                .body("find { it.declarationId == '" + id + "' }.ended", equalTo("WITHDRAWN"));
    }

    @Test
    void aDeclaredRelationshipIsPublishedOnlyAsABlockOnSupervision_itsNatureAndDetailsStayHere_002_7_6() throws Exception {
        String crn = crn();
        String id = declare(crn, "my cousin, whose name stays in conduct-service");

        ConsumerRecord<String, String> declared = published(crn, "conduct.relationship.declared");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(declared.value()).properties())
                .extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder("declarationId", "staffId", "crn", "declaredAt");
        assertThat(declared.value()).contains(id).doesNotContain("cousin").doesNotContain("FAMILY");
    }

    @Test
    void theLineManagerWithdrawsADeclarationOrRecordsThatTheRelationshipHasEnded_002_7_6_and_7_7() {
        String crn = crn();
        String withdrawn = declare(crn, "a neighbour");
        String ended = declare(crn, "my former partner");

        post("senior", "/declarations/" + withdrawn + "/withdrawal").statusCode(201);
        post("officer", "/declarations/" + ended + "/relationship-end").statusCode(403);
        post("chief", "/declarations/" + ended + "/relationship-end").statusCode(403);
        post("senior", "/declarations/" + ended + "/relationship-end").statusCode(201);

        try (TopicReader topic = new TopicReader(topic())) {
            List<ConsumerRecord<String, String>> records = topic.await(r -> TopicReader.type(r)
                    .equals("conduct.relationship.declaration-ended") && r.value().contains(crn), 2, Duration.ofSeconds(30));
            // the first ending leaves the other declaration about the person standing: only the second lifts the block
            assertThat(records).extracting(ConsumerRecord::value).satisfiesExactly(
                    first -> assertThat(first).contains(withdrawn).contains("\"supervisionBlockLifted\":false"),
                    second -> assertThat(second).contains(ended).contains("\"ending\":\"RELATIONSHIP_ENDED\"")
                            .contains("\"supervisionBlockLifted\":true"));
        }
    }

    private static String declare(String crn, String details) {
        return given().auth().oauth2(Tokens.of("officer")).contentType(ContentType.JSON).body("""
                {"staffId": "officer", "crn": "%s", "relationship": "FAMILY", "details": "%s"}""".formatted(crn, details))
                .when().post("/declarations/relationships").then().statusCode(201).extract().path("declarationId");
    }

    private static ValidatableResponse post(String user, String path) {
        return given().auth().oauth2(Tokens.of(user)).when().post(path).then();
    }

    private static ConsumerRecord<String, String> published(String crn, String type) {
        try (TopicReader topic = new TopicReader(topic())) {
            List<ConsumerRecord<String, String>> records = topic.await(
                    r -> TopicReader.type(r).equals(type) && r.value().contains(crn), 1, Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
            return records.getFirst();
        }
    }

    static String topic() {
        return ConfigProvider.getConfig().getValue("desist.eventstore.relay.topic", String.class);
    }

    private static String crn() {
        return "D" + String.format("%06d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L));
    }
}
