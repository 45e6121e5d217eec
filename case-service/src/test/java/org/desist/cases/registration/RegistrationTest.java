package org.desist.cases.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import org.desist.cases.CaseApi;
import org.desist.testing.LocalPlatform;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.Test;

/** Registrations that bear on risk, recorded on the case and published for risk-service's tier (shared/facts/TIER.md). */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class RegistrationTest {

    private static final String REVIEW = LocalDate.now().plusMonths(3).toString();

    @Test
    void aMappaRegistrationIsReviewedThenRemovedAndEachStepIsPublished_tier() {
        String crn = CaseApi.register();
        String base = "/people/" + crn + "/registrations";
        String id = CaseApi.post("officer", base, """
                {"type": "MAPPA", "category": 2, "level": 2, "reviewDate": "%s", "notes": "level 2 agreed at MAPPA meeting"}
                """.formatted(REVIEW)).statusCode(201).extract().path("registrationId");
        CaseApi.get(base).statusCode(200).body("", hasSize(1)).body("[0].type", equalTo("MAPPA"))
                .body("[0].category", equalTo(2)).body("[0].level", equalTo(2));

        String next = LocalDate.now().plusMonths(6).toString();
        CaseApi.post("senior", base + "/" + id + "/review", "{\"nextReviewDate\": \"" + next + "\", \"notes\": \"still level 2\"}")
                .statusCode(201);
        CaseApi.get(base).statusCode(200).body("[0].reviewDate", equalTo(next));
        CaseApi.post("officer", base + "/" + id + "/removal", "{\"reason\": \"MAPPA management ended\"}").statusCode(201);
        CaseApi.get(base).statusCode(200).body("", hasSize(0));

        try (TopicReader topic = new TopicReader("desist.case.events.test")) {
            var records = topic.await(r -> crn.equals(r.key()) && TopicReader.type(r).startsWith("probation-case.registration."), 3,
                    Duration.ofSeconds(30));
            assertThat(records).extracting(TopicReader::type).containsExactly("probation-case.registration.added",
                    "probation-case.registration.reviewed", "probation-case.registration.removed");
            assertThat(records.getFirst().value()).contains("\"registrationId\":\"" + id + "\"")
                    .contains("\"type\":\"MAPPA\"").contains("\"category\":2").contains("\"level\":2");
        }
    }

    @Test
    void mappaNeedsItsCategoryAndLevelAndNoOtherRegistrationHasThem() {
        String crn = CaseApi.register();
        String base = "/people/" + crn + "/registrations";
        CaseApi.post("officer", base, "{\"type\": \"MAPPA\", \"level\": 1, \"reviewDate\": \"" + REVIEW + "\", \"notes\": \"x\"}")
                .statusCode(400).body("field", equalTo("category"));
        CaseApi.post("officer", base, "{\"type\": \"MAPPA\", \"category\": 1, \"reviewDate\": \"" + REVIEW + "\", \"notes\": \"x\"}")
                .statusCode(400).body("field", equalTo("level"));
        CaseApi.post("officer", base, "{\"type\": \"MAPPA\", \"category\": 1, \"level\": 4, \"reviewDate\": \"" + REVIEW
                + "\", \"notes\": \"x\"}").statusCode(400).body("field", endsWith("level"));
        CaseApi.post("officer", base, "{\"type\": \"SELF_HARM\", \"level\": 1, \"reviewDate\": \"" + REVIEW + "\", \"notes\": \"x\"}")
                .statusCode(400).body("field", equalTo("level"));
        CaseApi.post("officer", base, "{\"type\": \"SELF_HARM\", \"reviewDate\": \"2020-01-01\", \"notes\": \"x\"}")
                .statusCode(400).body("field", equalTo("reviewDate"));
        CaseApi.post("officer", base, "{\"type\": \"NOT_A_TYPE\", \"reviewDate\": \"" + REVIEW + "\", \"notes\": \"x\"}")
                .statusCode(400).body("field", equalTo("type"));
        CaseApi.get(base).statusCode(200).body("", hasSize(0));
    }

    @Test
    void oneRegistrationOfATypeIsInForceAtATime() {
        String crn = CaseApi.register();
        String base = "/people/" + crn + "/registrations";
        String json = "{\"type\": \"CHILD_PROTECTION\", \"reviewDate\": \"" + REVIEW + "\", \"notes\": \"child protection plan\"}";
        CaseApi.post("officer", base, json).statusCode(201);
        CaseApi.post("officer", base, json).statusCode(409).body("type", endsWith("already-registered"));
        CaseApi.post("officer", base + "/0190f2a0-0000-7000-8000-000000000000/removal", "{\"reason\": \"x\"}")
                .statusCode(404);
        CaseApi.post("officer", "/people/Z999999/registrations", json).statusCode(404);
    }
}
