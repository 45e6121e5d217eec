package org.desist.cases.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.desist.cases.CaseApi;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.testing.LocalPlatform;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.Test;

/** Enforcement as 000_c72660e7df92b92e.txt 8.3 and 8.5 ask: a warning, then breach action due, then an accountable decision. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class EnforcementTest {

    @Inject
    EventStore store;

    @Test
    void aFailureDrawsAWarningAndASecondWithinTwelveMonthsMakesBreachDue() {
        String crn = CaseApi.register();
        String sentence = CaseApi.post("officer", "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER)
                .statusCode(201).extract().path("sentenceId");

        failAppointment(crn, sentence, Instant.now().minus(20, ChronoUnit.DAYS));
        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200)
                .body("warningsInWindow", equalTo(1)).body("breachDue", equalTo(false));

        failAppointment(crn, sentence, Instant.now().minus(2, ChronoUnit.DAYS));
        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200)
                .body("warningsInWindow", equalTo(1)).body("breachDue", equalTo(true));

        List<String> types = store.readStream(crn).stream().map(StoredEvent::type).toList();
        assertThat(types).containsSubsequence("probation-case.appointment.scheduled", "probation-case.contact.recorded",
                "enforcement.warning.issued", "probation-case.contact.recorded", "enforcement.breach.due");
        try (TopicReader topic = new TopicReader("desist.case.events.test")) {
            assertThat(topic.await(r -> crn.equals(r.key()) && new String(r.headers().lastHeader("ce_type").value())
                    .equals("enforcement.breach.due"), 1, Duration.ofSeconds(30))).hasSize(1);
        }
    }

    @Test
    void aWarningOlderThanTheWindowDoesNotCount() {
        String crn = CaseApi.register();
        recordFailure(crn, Instant.now().minus(400, ChronoUnit.DAYS));
        recordFailure(crn, Instant.now().minus(1, ChronoUnit.DAYS));

        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200)
                .body("warningsInWindow", equalTo(1)).body("breachDue", equalTo(false))
                .body("warnings.size()", equalTo(2));
    }

    @Test
    void breachIsInitiatedWithItsRationale_000_8_5() {
        String crn = breachDue();

        CaseApi.post("officer", "/people/" + crn + "/enforcement/breach",
                "{\"rationale\": \"second unacceptable absence; no contact since\"}").statusCode(201);

        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200).body("breachDue", equalTo(false))
                .body("breaches[0].rationale", equalTo("second unacceptable absence; no contact since"));
        StoredEvent initiated = store.readStream(crn).getLast();
        assertThat(initiated.type()).isEqualTo("enforcement.breach.initiated");
        assertThat(initiated.rationale()).contains("second unacceptable absence; no contact since");
        CaseApi.post("officer", "/people/" + crn + "/enforcement/breach", "{\"rationale\": \"again\"}")
                .statusCode(409).body("type", endsWith("breach-not-due"));
    }

    @Test
    void onlyASeniorOfficerDecidesNotToBreachAndSaysWhy_000_8_3() {
        String crn = breachDue();

        CaseApi.post("officer", "/people/" + crn + "/enforcement/decision-not-to-breach",
                "{\"rationale\": \"in hospital\"}").statusCode(403);
        CaseApi.post("senior", "/people/" + crn + "/enforcement/decision-not-to-breach", "{}")
                .statusCode(400).body("field", equalTo("rationale"));
        CaseApi.post("senior", "/people/" + crn + "/enforcement/decision-not-to-breach",
                "{\"rationale\": \"admitted to hospital on both dates; records seen\"}").statusCode(201);

        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200).body("breachDue", equalTo(false))
                .body("decisions[0].decision", equalTo("NOT_TO_BREACH"));
        StoredEvent decision = store.readStream(crn).getLast();
        assertThat(decision.type()).isEqualTo("enforcement.breach-decision.recorded");
        assertThat(decision.actor().role()).isEqualTo("senior-probation-officer");
    }

    @Test
    void aFailureCorrectedToAcceptableWithdrawsItsWarning() {
        String crn = CaseApi.register();
        String contact = recordFailure(crn, Instant.now().minus(3, ChronoUnit.DAYS));

        CaseApi.post("senior", "/people/" + crn + "/contacts/" + contact + "/corrections",
                "{\"reason\": \"sick note received\", \"outcome\": \"ACCEPTABLE_ABSENCE\"}").statusCode(201);

        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200).body("warningsInWindow", equalTo(0))
                .body("warnings[0].withdrawn", equalTo(true));
        assertThat(store.readStream(crn).getLast().type()).isEqualTo("enforcement.warning.withdrawn");
    }

    @Test
    void anAppointmentHasOneOutcomeAndOneRecordedEarlyHappenedWhenRecorded() {
        String crn = CaseApi.register();
        String past = CaseApi.post("officer", "/people/" + crn + "/appointments",
                "{\"type\": \"VIDEO\", \"startsAt\": \"" + Instant.now().minus(1, ChronoUnit.HOURS) + "\"}")
                .statusCode(201).extract().path("appointmentId");
        String future = CaseApi.post("officer", "/people/" + crn + "/appointments",
                "{\"type\": \"PHONE\", \"startsAt\": \"" + Instant.now().plus(3, ChronoUnit.DAYS) + "\"}")
                .statusCode(201).extract().path("appointmentId");

        CaseApi.post("officer", "/people/" + crn + "/appointments/" + past + "/outcome",
                "{\"outcome\": \"ATTENDED_COMPLIED\", \"notes\": \"discussed employment\"}").statusCode(201);
        CaseApi.post("officer", "/people/" + crn + "/appointments/" + past + "/outcome",
                "{\"outcome\": \"FAILED_TO_ATTEND\", \"notes\": \"\"}").statusCode(409).body("type", endsWith("outcome-already-recorded"));
        Instant beforeEarlyOutcome = Instant.now();
        CaseApi.post("officer", "/people/" + crn + "/appointments/" + future + "/outcome",
                "{\"outcome\": \"ATTENDED_COMPLIED\"}").statusCode(201);
        assertThat(store.readStream(crn).getLast().occurredAt()).isBetween(beforeEarlyOutcome, Instant.now());
        CaseApi.post("officer", "/people/" + crn + "/appointments",
                "{\"type\": \"VIDEO\", \"startsAt\": \"2026-01-01T10:00:00Z\", \"sentenceId\": \"0190f2a0-0000-7000-8000-000000000000\"}")
                .statusCode(400).body("field", equalTo("sentenceId"));
        CaseApi.get("/people/" + crn + "/appointments").statusCode(200)
                .body("[0].outcome", equalTo("ATTENDED_COMPLIED")).body("[1].outcome", equalTo("ATTENDED_COMPLIED"));
        CaseApi.get("/people/" + crn + "/contacts").statusCode(200).body("[1].notes", equalTo("discussed employment"));
    }

    private String breachDue() {
        String crn = CaseApi.register();
        recordFailure(crn, Instant.now().minus(30, ChronoUnit.DAYS));
        recordFailure(crn, Instant.now().minus(1, ChronoUnit.DAYS));
        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200).body("breachDue", equalTo(true));
        return crn;
    }

    private static String recordFailure(String crn, Instant at) {
        return CaseApi.recordContact(crn, """
                {"type": "OFFICE_VISIT", "occurredAt": "%s", "outcome": "UNACCEPTABLE_ABSENCE",
                 "notes": "no reason given", "loneContact": false}""".formatted(at)).statusCode(201).extract().path("id");
    }

    private static void failAppointment(String crn, String sentenceId, Instant at) {
        String appointment = CaseApi.post("officer", "/people/" + crn + "/appointments", """
                {"type": "OFFICE_VISIT", "startsAt": "%s", "sentenceId": "%s"}""".formatted(at, sentenceId))
                .statusCode(201).extract().path("appointmentId");
        CaseApi.post("officer", "/people/" + crn + "/appointments/" + appointment + "/outcome",
                "{\"outcome\": \"UNACCEPTABLE_ABSENCE\", \"notes\": \"did not attend; no reason given\"}").statusCode(201);
    }
}
