package org.desist.reporting.prefill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.desist.reporting.Calls.CASE_EVENTS;
import static org.desist.reporting.Calls.COURT_REPORTS;
import static org.desist.reporting.Calls.DRAFT;
import static org.desist.reporting.Calls.RISK_EVENTS;
import static org.desist.reporting.Calls.approved;
import static org.desist.reporting.Calls.crn;
import static org.desist.reporting.Calls.eventually;
import static org.desist.reporting.Calls.get;
import static org.desist.reporting.Calls.header;
import static org.desist.reporting.Calls.post;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.CanonicalJson;
import org.desist.testing.CloudEventWriter;
import org.desist.testing.LocalPlatform;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.Test;

/** The draft is pre-filled from case-service's and risk-service's events, each fact citing the event it came from. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_reporting_test"))
class PrefilledDraftTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void theDraftIsPrefilledWithWhatThePlatformKnows_eachFactCitingItsEvent() throws Exception {
        String crn = crn();
        try (CloudEventWriter cases = new CloudEventWriter(CASE_EVENTS, "/desist/case-service");
                CloudEventWriter risk = new CloudEventWriter(RISK_EVENTS, "/desist/risk-service")) {
            cases.send(UUID.randomUUID(), "probation-case.person.registered", crn, 1, """
                    {"crn": "%s", "firstName": "Alex", "lastName": "Morgan", "dateOfBirth": "1991-02-03"}"""
                    .formatted(crn));
            cases.send(UUID.randomUUID(), "probation-case.conviction.recorded", crn, 2, """
                    {"convictionId": "%s", "offenceCode": "00101", "convictionDate": "2026-07-01",
                     "court": "Leeds Crown Court", "category": "Burglary"}""".formatted(UUID.randomUUID()));
            risk.send(UUID.randomUUID(), "risk-assessment.scores.determined", crn, 3, """
                    {"crn": "%s", "ogrs3": {"oneYearPercent": 27, "twoYearPercent": 43, "band": "LOW"}}"""
                    .formatted(crn));
            risk.send(UUID.randomUUID(), "tier.calculation.changed", crn, 4, """
                    {"crn": "%s", "tier": "B2", "previousTier": "D2"}""".formatted(crn));
        }
        try (TopicReader reader = new TopicReader(COURT_REPORTS)) {
            String id = approved(crn, DRAFT);
            assertThat(eventually(() -> get("officer", "/reports/" + id).extract().jsonPath().getList("facts").size() == 4,
                    WAIT)).isTrue();
            get("officer", "/reports/" + id).statusCode(200)
                    .body("facts.find { it.text.startsWith('Alex Morgan') }.source.service", equalTo("case-service"))
                    .body("facts.find { it.text.startsWith('Alex Morgan') }.source.stream", equalTo(crn))
                    .body("facts.find { it.text.startsWith('Alex Morgan') }.source.version", equalTo(1))
                    .body("facts.find { it.text.startsWith('OGRS3') }.text",
                            equalTo("OGRS3 27% at one year, 43% at two years; band LOW"))
                    .body("facts.find { it.text.startsWith('Tier') }.source.eventType",
                            equalTo("tier.calculation.changed"));

            post("officer", "/reports/" + id + "/sign").statusCode(200);
            List<ConsumerRecord<String, String>> delivered = reader.await(r -> header(r, "ce_subject").equals(crn), 1, WAIT);
            JsonNode facts = CanonicalJson.parse(delivered.getFirst().value()).path("report").path("facts");
            assertThat(facts).hasSize(4);
            assertThat(facts.findValuesAsText("service")).containsOnly("case-service", "risk-service");
        }
    }

    @Test
    void aRequestWaitingByPncIsMatchedWhenCaseServiceRegistersThePerson() throws Exception {
        String crn = crn();
        String pnc = "2026/" + UUID.randomUUID().toString().substring(0, 7) + "M";
        String id = post("court", "/court-requests", """
                {"court": "Leeds Magistrates' Court", "hearingDate": "2027-03-01", "pnc": "%s",
                 "charges": ["Burglary"], "reportType": "STANDARD"}""".formatted(pnc)).statusCode(201)
                .extract().path("reportId");
        get("court", "/court-requests?unmatched=true").body("find { it.reportId == '" + id + "' }.stage",
                equalTo("AWAITING_MATCH"));

        try (CloudEventWriter cases = new CloudEventWriter(CASE_EVENTS, "/desist/case-service")) {
            cases.send(UUID.randomUUID(), "probation-case.person.registered", crn, 1, """
                    {"crn": "%s", "firstName": "Sam", "lastName": "Doe", "pncNumber": "%s"}""".formatted(crn, pnc));
        }
        assertThat(eventually(() -> get("court", "/court-requests?crn=" + crn).extract().jsonPath()
                .getList("reportId").contains(id), WAIT)).isTrue();
        get("court", "/court-requests?crn=" + crn).body("[0].stage", equalTo("AWAITING_AUTHOR"));
    }
}
