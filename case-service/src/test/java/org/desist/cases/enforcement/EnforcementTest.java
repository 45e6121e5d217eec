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
import java.time.LocalDate;
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
        CaseApi.orderSince(crn, LocalDate.now().minusYears(2));
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
        CaseApi.orderSince(crn, LocalDate.now().minusMonths(2));
        String contact = recordFailure(crn, Instant.now().minus(3, ChronoUnit.DAYS));

        CaseApi.post("senior", "/people/" + crn + "/contacts/" + contact + "/corrections",
                "{\"reason\": \"sick note received\", \"outcome\": \"ACCEPTABLE_ABSENCE\"}").statusCode(201);

        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200).body("warningsInWindow", equalTo(0))
                .body("warnings[0].withdrawn", equalTo(true));
        assertThat(store.readStream(crn).getLast().type()).isEqualTo("enforcement.warning.withdrawn");
    }

    @Test
    void anAppointmentHasOneOutcome_000_8_6() {
        String crn = CaseApi.register();
        String past = CaseApi.post("officer", "/people/" + crn + "/appointments",
                "{\"type\": \"VIDEO\", \"startsAt\": \"" + Instant.now().minus(1, ChronoUnit.HOURS) + "\"}")
                .statusCode(201).extract().path("appointmentId");

        CaseApi.post("officer", "/people/" + crn + "/appointments/" + past + "/outcome",
                "{\"outcome\": \"ATTENDED_COMPLIED\", \"notes\": \"discussed employment\"}").statusCode(201);
        CaseApi.post("officer", "/people/" + crn + "/appointments/" + past + "/outcome",
                "{\"outcome\": \"FAILED_TO_ATTEND\", \"notes\": \"\"}").statusCode(409).body("type", endsWith("outcome-already-recorded"));
        CaseApi.post("officer", "/people/" + crn + "/appointments",
                "{\"type\": \"VIDEO\", \"startsAt\": \"2026-01-01T10:00:00Z\", \"sentenceId\": \"0190f2a0-0000-7000-8000-000000000000\"}")
                .statusCode(400).body("field", equalTo("sentenceId"));
        CaseApi.get("/people/" + crn + "/appointments").statusCode(200).body("[0].outcome", equalTo("ATTENDED_COMPLIED"));
        CaseApi.get("/people/" + crn + "/contacts").statusCode(200).body("[0].notes", equalTo("discussed employment"));
    }

    @Test
    void noOutcomeForAnAppointmentNotYetHeld() {
        String crn = CaseApi.register();
        String sentence = CaseApi.orderSince(crn, LocalDate.now().minusMonths(1));
        String nextWeek = appointment(crn, sentence, Instant.now().plus(7, ChronoUnit.DAYS));

        CaseApi.post("officer", "/people/" + crn + "/appointments/" + nextWeek + "/outcome",
                "{\"outcome\": \"FAILED_TO_ATTEND\", \"notes\": \"not here\"}").statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("appointment-not-yet-held"));
        CaseApi.post("officer", "/people/" + crn + "/appointments/" + nextWeek + "/outcome",
                "{\"outcome\": \"ATTENDED_COMPLIED\"}").statusCode(409).body("type", endsWith("appointment-not-yet-held"));

        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200).body("warnings.size()", equalTo(0));
        assertThat(store.readStream(crn).stream().map(StoredEvent::type)).doesNotContain("enforcement.warning.issued",
                "probation-case.contact.recorded");
    }

    @Test
    void anAppointmentIsRescheduledOrCancelledWithAReasonInstead() {
        String crn = CaseApi.register();
        String sentence = CaseApi.orderSince(crn, LocalDate.now().minusMonths(1));
        String moved = appointment(crn, sentence, Instant.now().plus(7, ChronoUnit.DAYS));
        String calledOff = appointment(crn, sentence, Instant.now().plus(8, ChronoUnit.DAYS));

        CaseApi.post("officer", "/people/" + crn + "/appointments/" + moved + "/reschedule",
                "{\"startsAt\": \"" + Instant.now().minus(1, ChronoUnit.HOURS) + "\"}").statusCode(400)
                .body("field", equalTo("reason"));
        CaseApi.post("officer", "/people/" + crn + "/appointments/" + moved + "/reschedule",
                "{\"startsAt\": \"" + Instant.now().minus(1, ChronoUnit.HOURS) + "\", \"reason\": \"came in early\"}")
                .statusCode(200);
        CaseApi.post("officer", "/people/" + crn + "/appointments/" + moved + "/outcome",
                "{\"outcome\": \"ATTENDED_COMPLIED\"}").statusCode(201);
        CaseApi.post("officer", "/people/" + crn + "/appointments/" + calledOff + "/cancellation",
                "{\"reason\": \"officer on leave\"}").statusCode(200);
        CaseApi.post("officer", "/people/" + crn + "/appointments/" + calledOff + "/outcome",
                "{\"outcome\": \"FAILED_TO_ATTEND\", \"notes\": \"x\"}").statusCode(409)
                .body("type", endsWith("appointment-cancelled"));

        CaseApi.get("/people/" + crn + "/appointments").statusCode(200)
                .body("find { it.appointmentId == '" + calledOff + "' }.cancelledBecause", equalTo("officer on leave"))
                .body("find { it.appointmentId == '" + moved + "' }.outcome", equalTo("ATTENDED_COMPLIED"));
        assertThat(store.readStream(crn).stream().map(StoredEvent::type)).contains(
                "probation-case.appointment.rescheduled", "probation-case.appointment.cancelled");
    }

    @Test
    void anAcceptableAbsenceNeedsItsReason() {
        String crn = CaseApi.register();
        String sentence = CaseApi.orderSince(crn, LocalDate.now().minusMonths(1));
        String held = appointment(crn, sentence, Instant.now().minus(1, ChronoUnit.HOURS));

        CaseApi.post("officer", "/people/" + crn + "/appointments/" + held + "/outcome",
                "{\"outcome\": \"ACCEPTABLE_ABSENCE\"}").statusCode(400).body("field", equalTo("notes"));
        CaseApi.recordContact(crn, """
                {"type": "OFFICE_VISIT", "occurredAt": "%s", "outcome": "ACCEPTABLE_ABSENCE", "notes": " ",
                 "loneContact": false}""".formatted(Instant.now().minus(1, ChronoUnit.DAYS)))
                .statusCode(400).body("field", equalTo("notes"));
        CaseApi.post("officer", "/people/" + crn + "/appointments/" + held + "/outcome",
                "{\"outcome\": \"ACCEPTABLE_ABSENCE\", \"notes\": \"GP letter: flu\"}").statusCode(201);
    }

    @Test
    void correctingTheFailureBehindBreachDueWithdrawsIt_000_8_3() {
        String crn = CaseApi.register();
        CaseApi.orderSince(crn, LocalDate.now().minusMonths(3));
        recordFailure(crn, Instant.now().minus(30, ChronoUnit.DAYS));
        String second = recordFailure(crn, Instant.now().minus(1, ChronoUnit.DAYS));
        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200).body("breachDue", equalTo(true));

        CaseApi.post("senior", "/people/" + crn + "/contacts/" + second + "/corrections",
                "{\"reason\": \"hospital admission confirmed\", \"outcome\": \"ACCEPTABLE_ABSENCE\"}").statusCode(201);

        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200).body("breachDue", equalTo(false))
                .body("warningsInWindow", equalTo(1));
        StoredEvent withdrawn = store.readStream(crn).getLast();
        assertThat(withdrawn.type()).isEqualTo("enforcement.breach-due.withdrawn");
        assertThat(withdrawn.rationale().orElseThrow()).contains("hospital admission confirmed");
        assertThat(withdrawn.causationId()).isPresent();
        CaseApi.post("officer", "/people/" + crn + "/enforcement/breach", "{\"rationale\": \"late\"}")
                .statusCode(409).body("type", endsWith("breach-not-due"));
    }

    @Test
    void aLateFailureDatedBeforeAWarningIsJudgedInDateOrder_000_8_3() {
        String crn = CaseApi.register();
        String sentence = CaseApi.orderSince(crn, LocalDate.now().minusMonths(3));
        Instant later = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant earlier = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        recordFailure(crn, later);
        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200).body("breachDue", equalTo(false));

        recordFailure(crn, earlier);

        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200).body("breachDue", equalTo(true))
                .body("breachDueSince", equalTo(later.toString())).body("breachDueAgainst", equalTo(sentence))
                .body("warnings.findAll { !it.withdrawn }.failureAt", org.hamcrest.Matchers.contains(earlier.toString()));
    }

    @Test
    void withoutAnOrderInForceThereIsNoBreach() {
        String crn = CaseApi.register();
        recordFailure(crn, Instant.now().minus(20, ChronoUnit.DAYS));
        recordFailure(crn, Instant.now().minus(2, ChronoUnit.DAYS));

        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200).body("breachDue", equalTo(false))
                .body("warnings.size()", equalTo(0));
        CaseApi.post("officer", "/people/" + crn + "/enforcement/breach", "{\"rationale\": \"no order\"}")
                .statusCode(409).body("type", endsWith("breach-not-due"));
    }

    @Test
    void anOrderRecordedLateBringsItsFailuresIntoEnforcement() {
        String crn = CaseApi.register();
        recordFailure(crn, Instant.now().minus(20, ChronoUnit.DAYS));
        recordFailure(crn, Instant.now().minus(2, ChronoUnit.DAYS));

        String sentence = CaseApi.orderSince(crn, LocalDate.now().minusMonths(2));

        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200).body("breachDue", equalTo(true))
                .body("breachDueAgainst", equalTo(sentence));
    }

    @Test
    void anOrderEndedTakesItsBreachDueWithIt() {
        String crn = CaseApi.register();
        String sentence = CaseApi.orderSince(crn, LocalDate.now().minusMonths(3));
        recordFailure(crn, Instant.now().minus(20, ChronoUnit.DAYS));
        recordFailure(crn, Instant.now().minus(2, ChronoUnit.DAYS));

        CaseApi.post("officer", "/people/" + crn + "/sentences/" + sentence + "/termination", """
                {"reason": "REVOKED", "terminatedOn": "%s", "rationale": "revoked and resentenced"}"""
                .formatted(LocalDate.now())).statusCode(204);

        CaseApi.get("/people/" + crn + "/enforcement").statusCode(200).body("breachDue", equalTo(false));
        assertThat(store.readStream(crn).getLast().type()).isEqualTo("enforcement.breach-due.withdrawn");
    }

    private String breachDue() {
        String crn = CaseApi.register();
        CaseApi.orderSince(crn, LocalDate.now().minusMonths(3));
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

    private static String appointment(String crn, String sentenceId, Instant at) {
        return CaseApi.post("officer", "/people/" + crn + "/appointments", """
                {"type": "OFFICE_VISIT", "startsAt": "%s", "sentenceId": "%s"}""".formatted(at, sentenceId))
                .statusCode(201).extract().path("appointmentId");
    }

    private static void failAppointment(String crn, String sentenceId, Instant at) {
        String appointment = appointment(crn, sentenceId, at);
        CaseApi.post("officer", "/people/" + crn + "/appointments/" + appointment + "/outcome",
                "{\"outcome\": \"UNACCEPTABLE_ABSENCE\", \"notes\": \"did not attend; no reason given\"}").statusCode(201);
    }
}
