package org.desist.cases.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.desist.cases.CaseApi;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class SentenceResourceTest {

    @Inject
    EventStore store;

    @Test
    void aCommunityOrderIsRecordedWithItsOffencesRequirementsAndEndDate() {
        String crn = CaseApi.register();

        String id = CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER)
                .statusCode(201).body("sentenceId", notNullValue()).extract().path("sentenceId");

        CaseApi.get("/people/" + crn + "/sentences").statusCode(200)
                .body("", hasSize(1))
                .body("[0].sentenceId", equalTo(id))
                .body("[0].type", equalTo("COMMUNITY_ORDER"))
                .body("[0].expectedEndDate", equalTo("2027-09-02"))
                .body("[0].status", equalTo("ACTIVE"))
                .body("[0].offences[0].group", equalTo("Violence against the person"))
                .body("[0].requirements", hasSize(3))
                .body("[0].requirements[0].type", equalTo("UNPAID_WORK"))
                .body("[0].requirements[0].hours", equalTo(120))
                .body("[0].requirements[2].electronicMonitoring", equalTo(true));
        StoredEvent recorded = store.readStream(crn).getLast();
        assertThat(recorded.type()).isEqualTo("probation-case.sentence.recorded");
        assertThat(recorded.payload().get("offences").get(0).get("offenceCode").asText()).isEqualTo("00101");
    }

    @Test
    void anOffenceCodeMustBeInTheHomeOfficeTable() {
        String crn = CaseApi.register();
        CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER.replace("00101", "99999"))
                .statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("offences[0].offenceCode"));
        CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER.replace("00101", "1A"))
                .statusCode(400).body("field", equalTo("offences[0].offenceCode"));
        assertThat(store.readStream(crn)).hasSize(1);
    }

    @Test
    void unpaidWorkIsOrderedFor40To300Hours() {
        String crn = CaseApi.register();
        CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER.replace("\"hours\": 120", "\"hours\": 20"))
                .statusCode(400).body("field", equalTo("requirements[0].hours"));
        CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER.replace(", \"hours\": 120", ""))
                .statusCode(400).body("field", equalTo("requirements[0].hours"));
    }

    @Test
    void aSuspendedSentenceOrderRunsSixToTwentyFourMonths_s288() {
        String crn = CaseApi.register();
        String sso = CaseApi.COMMUNITY_ORDER.replace("COMMUNITY_ORDER", "SUSPENDED_SENTENCE_ORDER");
        for (int months : new int[] {5, 25, 36}) {
            CaseApi.post("officer", "/people/" + crn + "/sentences", sso.replace("\"lengthMonths\": 18",
                    "\"lengthMonths\": " + months)).statusCode(400).body("field", equalTo("lengthMonths"));
        }
        for (int months : new int[] {6, 24}) {
            CaseApi.post("officer", "/people/" + crn + "/sentences", sso.replace("\"lengthMonths\": 18",
                    "\"lengthMonths\": " + months)).statusCode(201);
        }
    }

    @Test
    void aCurfewNeedsItsHoursAndMonitoringAndAnExclusionItsZone() {
        String crn = CaseApi.register();
        String curfew = "{\"type\": \"CURFEW\", \"hours\": 12, \"electronicMonitoring\": true, \"details\": \"19:00-07:00 for 3 months\"}";
        CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER.replace(curfew,
                "{\"type\": \"CURFEW\", \"electronicMonitoring\": true}")).statusCode(400)
                .body("field", equalTo("requirements[2].hours"));
        CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER.replace(curfew,
                "{\"type\": \"CURFEW\", \"hours\": 22, \"electronicMonitoring\": true}")).statusCode(400)
                .body("field", equalTo("requirements[2].hours"));
        CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER.replace(curfew,
                "{\"type\": \"CURFEW\", \"hours\": 10}")).statusCode(400)
                .body("field", equalTo("requirements[2].electronicMonitoring"));
        CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER.replace(curfew,
                "{\"type\": \"EXCLUSION\", \"details\": \"stay away\"}")).statusCode(400)
                .body("field", equalTo("requirements[2].address"));
        CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER.replace(curfew,
                "{\"type\": \"EXCLUSION\", \"address\": \"Queen Street, Cardiff, CF10\"}")).statusCode(201);
    }

    @Test
    void anOffenceCannotPrecedeTheBirthOfThePersonWhoCommittedIt() {
        String crn = CaseApi.register();
        CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER.replace(
                "\"offenceDate\": \"2026-01-10\"", "\"offenceDate\": \"1990-01-10\"")).statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("offences[0].offenceDate"));
        CaseApi.post("officer", "/people/" + crn + "/convictions", """
                {"offenceCode": "00101", "offenceDate": "1989-06-01", "convictionDate": "2026-07-01",
                 "court": "Leeds Crown Court"}""").statusCode(400).body("field", equalTo("offenceDate"));
    }

    @Test
    void theUnpaidWorkWarningAnswersForTheDayAsked() {
        String crn = CaseApi.register();
        LocalDate made = LocalDate.now().minusMonths(8);
        String id = CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER
                .replace("2026-03-02", made.toString()).replace("2026-01-10", made.minusDays(10).toString()))
                .statusCode(201).extract().path("sentenceId");
        String path = "/people/" + crn + "/sentences/" + id;

        CaseApi.get(path).statusCode(200).body("requirements[0].unpaidWork.deadlineApproaching", equalTo(false));
        CaseApi.get(path + "?asOf=" + Instant.now().plus(java.time.Duration.ofDays(70))).statusCode(200)
                .body("requirements[0].unpaidWork.deadlineApproaching", equalTo(true));
        CaseApi.get("/people/" + crn + "/sentences?asOf=" + Instant.now().plus(java.time.Duration.ofDays(70)))
                .statusCode(200).body("[0].requirements[0].unpaidWork.deadlineApproaching", equalTo(true));
    }

    @Test
    void custodyHasNoOrderRequirementsAndACommunityOrderLastsAtMostThreeYears() {
        String crn = CaseApi.register();
        CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER.replace("COMMUNITY_ORDER", "CUSTODY"))
                .statusCode(400).body("field", equalTo("requirements"));
        CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER.replace("\"lengthMonths\": 18", "\"lengthMonths\": 40"))
                .statusCode(400).body("field", equalTo("lengthMonths"));
        CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER.replace("\"type\": \"CURFEW\"", "\"type\": \"TAGGING\""))
                .statusCode(400).body("field", equalTo("requirements[2].type"));
    }

    @Test
    void anOrderEndsOnceWithItsReasonAndItsRequirementsComplete() {
        String crn = CaseApi.register();
        String id = CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER).statusCode(201)
                .extract().path("sentenceId");
        String requirement = CaseApi.get("/people/" + crn + "/sentences/" + id).statusCode(200)
                .extract().path("requirements[1].requirementId");
        Instant beforeTermination = Instant.now();

        CaseApi.post("officer", "/people/" + crn + "/sentences/" + id + "/requirements/" + requirement + "/completion",
                "{\"completedOn\": \"2026-06-01\"}").statusCode(204);
        CaseApi.post("officer", "/people/" + crn + "/sentences/" + id + "/termination",
                "{\"reason\": \"COMPLETED\", \"terminatedOn\": \"2026-09-01\", \"rationale\": \"all requirements met\"}")
                .statusCode(204);

        CaseApi.get("/people/" + crn + "/sentences/" + id).statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("terminationReason", equalTo("COMPLETED"))
                .body("requirements[1].completed", equalTo(true));
        CaseApi.get("/people/" + crn + "/sentences/" + id + "?asOf=" + beforeTermination).statusCode(200)
                .body("status", equalTo("ACTIVE"));
        CaseApi.post("officer", "/people/" + crn + "/sentences/" + id + "/termination",
                "{\"reason\": \"REVOKED\", \"terminatedOn\": \"2026-09-02\", \"rationale\": \"again\"}")
                .statusCode(409).body("type", endsWith("order-terminated"));
        assertThat(store.readStream(crn).getLast().rationale()).contains("all requirements met");
    }

    @Test
    void unpaidWorkCountsDownAndCompletesWhenTheHoursAreDone() {
        String crn = CaseApi.register();
        String order = CaseApi.COMMUNITY_ORDER.replace("\"hours\": 120", "\"hours\": 40");
        String id = CaseApi.post("officer", "/people/" + crn + "/sentences", order).statusCode(201).extract().path("sentenceId");
        String path = "/people/" + crn + "/sentences/" + id + "/unpaid-work";

        CaseApi.post("officer", path, "{\"workedOn\": \"2026-03-07\", \"hours\": 7.5, \"project\": \"community garden\"}")
                .statusCode(201);
        CaseApi.get("/people/" + crn + "/sentences/" + id).statusCode(200)
                .body("requirements[0].unpaidWork.hoursWorked", equalTo(7.5f))
                .body("requirements[0].unpaidWork.hoursRemaining", equalTo(32.5f))
                .body("requirements[0].unpaidWork.completionDeadline", equalTo("2027-03-02"))
                .body("requirements[0].completed", equalTo(false));
        CaseApi.post("officer", path, "{\"workedOn\": \"2026-03-08\", \"hours\": 0.1, \"project\": \"x\"}")
                .statusCode(400).body("field", equalTo("hours"));
        for (int day = 9; day <= 13; day++) {
            CaseApi.post("officer", path, "{\"workedOn\": \"2026-03-%02d\", \"hours\": 6.5, \"project\": \"charity shop\"}"
                    .formatted(day)).statusCode(201);
        }

        CaseApi.get("/people/" + crn + "/sentences/" + id).statusCode(200)
                .body("requirements[0].unpaidWork.hoursRemaining", equalTo(0.0f))
                .body("requirements[0].completed", equalTo(true));
        assertThat(store.readStream(crn).getLast().type()).isEqualTo("probation-case.requirement.completed");
        CaseApi.post("officer", path, "{\"workedOn\": \"2026-03-14\", \"hours\": 1, \"project\": \"x\"}")
                .statusCode(409).body("type", endsWith("more-hours-than-ordered"));
    }

    @Test
    void aCourtAddsARequirementToAnOrder() {
        String crn = CaseApi.register();
        String id = CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER).statusCode(201)
                .extract().path("sentenceId");

        CaseApi.post("officer", "/people/" + crn + "/sentences/" + id + "/requirements",
                "{\"type\": \"DRUG_TREATMENT\", \"details\": \"weekly testing\"}").statusCode(201);
        CaseApi.post("officer", "/people/" + crn + "/sentences/" + id + "/requirements",
                "{\"type\": \"UNPAID_WORK\", \"hours\": 60}").statusCode(409).body("type", endsWith("unpaid-work-already-ordered"));
        CaseApi.post("officer", "/people/" + crn + "/sentences/" + id + "/requirements",
                "{\"type\": \"REHABILITATION_ACTIVITY\"}").statusCode(400).body("field", equalTo("days"));

        CaseApi.get("/people/" + crn + "/sentences/" + id).statusCode(200).body("requirements", hasSize(4))
                .body("requirements[3].type", equalTo("DRUG_TREATMENT"));
        assertThat(store.readStream(crn).getLast().type()).isEqualTo("probation-case.requirement.added");
    }

    @Test
    void aLicenceIsRecalledOnlyAfterReleaseWithItsRationale() {
        String crn = CaseApi.register();
        String id = CaseApi.post("officer", "/people/" + crn + "/sentences", """
                {"type": "CUSTODY", "sentenceDate": "2025-03-02", "court": "Leeds Crown Court", "lengthMonths": 24,
                 "offences": [{"offenceCode": "00101", "offenceDate": "2025-01-10"}]}""").statusCode(201).extract().path("sentenceId");
        String recall = "{\"recalledOn\": \"2026-03-01\", \"rationale\": \"contact with the victim in breach of licence\"}";

        CaseApi.post("officer", "/people/" + crn + "/sentences/" + id + "/recall", recall)
                .statusCode(409).body("type", endsWith("not-on-licence"));
        CaseApi.post("officer", "/people/" + crn + "/sentences/" + id + "/release", """
                {"releaseDate": "2026-01-15", "licenceConditions": ["no contact with the victim"], "licenceEndDate": "2027-03-02"}""")
                .statusCode(201);
        CaseApi.post("officer", "/people/" + crn + "/sentences/" + id + "/recall", recall).statusCode(201);

        StoredEvent recalled = store.readStream(crn).getLast();
        assertThat(recalled.type()).isEqualTo("probation-case.licence.recalled");
        assertThat(recalled.rationale()).contains("contact with the victim in breach of licence");
    }

    @Test
    void sentencesAreForStaffAndKnownPeople() {
        String crn = CaseApi.register();
        CaseApi.post("partner-police", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER).statusCode(403);
        CaseApi.post("officer", "/people/Z000000/sentences", CaseApi.COMMUNITY_ORDER).statusCode(404);
        CaseApi.get("/people/" + crn + "/sentences/0190f2a0-0000-7000-8000-000000000000").statusCode(404);
        CaseApi.get("/people/" + crn + "/sentences?asOf=2020-01-01T00:00:00Z").statusCode(404); // not yet registered then
        CaseApi.get("/people/" + crn + "/sentences?asOf=" + Instant.now()).statusCode(200).body("", hasSize(0));
    }
}
