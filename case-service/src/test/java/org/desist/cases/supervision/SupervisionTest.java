package org.desist.cases.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.desist.cases.CaseApi;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.UuidV7;
import org.desist.testing.CloudEventWriter;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Risk-led supervision (000_c72660e7df92b92e.txt 5.1): risk-service's events set how often a person is seen. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class SupervisionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static CloudEventWriter riskService;

    @Inject
    EventStore store;

    @BeforeAll
    static void connect() {
        riskService = new CloudEventWriter("desist.risk.events.for-case.test", "/desist/risk-service");
    }

    @AfterAll
    static void disconnect() {
        riskService.close();
    }

    @Test
    void theTierSetsTheContactFrequencyAndHighRiskOfHarmShortensIt_000_5_1() {
        String crn = CaseApi.register();

        tier(crn, "C2");
        await().atMost(WAIT).untilAsserted(() -> CaseApi.get("/people/" + crn + "/supervision").statusCode(200)
                .body("tier", equalTo("C2")).body("contactEveryDays", equalTo(28)));

        rosh(crn, "HIGH");
        await().atMost(WAIT).untilAsserted(() -> CaseApi.get("/people/" + crn + "/supervision").statusCode(200)
                .body("tier", equalTo("C2")).body("roshLevel", equalTo("HIGH")).body("contactEveryDays", equalTo(7)));
        assertThat(store.readStream(crn).getLast().type()).isEqualTo("probation-case.contact-frequency.set");
        assertThat(store.readStream(crn).getLast().causationId()).isPresent();
    }

    /** Only risk-service knows which calculation or override is in force, so case-service applies only its fact. */
    @Test
    void onlyTheTierInForceSetsSupervisionNotCalculationsOrOverrides_tier() {
        String crn = CaseApi.register();
        tier(crn, "C2");
        await().atMost(WAIT).untilAsserted(() -> CaseApi.get("/people/" + crn + "/supervision").statusCode(200)
                .body("tier", equalTo("C2")));

        riskService.send(UuidV7.next(), "tier.calculation.changed", crn, 2,
                "{\"crn\": \"%s\", \"tier\": \"A3\"}".formatted(crn));
        riskService.send(UuidV7.next(), "risk-assessment.override.countersigned", crn, 3,
                "{\"crn\": \"%s\", \"level\": \"TIER\", \"value\": \"A1\", \"calculated\": \"C2\"}".formatted(crn));
        riskService.send(UuidV7.next(), "tier.in-force.changed", crn, 4,
                "{\"crn\": \"%s\", \"tier\": \"B2\", \"calculatedTier\": \"B2\"}".formatted(crn));

        await().atMost(WAIT).untilAsserted(() -> CaseApi.get("/people/" + crn + "/supervision").statusCode(200)
                .body("tier", equalTo("B2")).body("contactEveryDays", equalTo(14)));
        assertThat(store.readStream(crn).stream().filter(e -> e.type().equals("probation-case.contact-frequency.set"))
                .map(e -> e.payload().get("tier").asText())).containsExactly("C2", "B2");
    }

    @Test
    void contactIsOnTrackWhileThePersonIsSeenOftenEnough() {
        String crn = CaseApi.register();
        tier(crn, "A3");
        await().atMost(WAIT).untilAsserted(() -> CaseApi.get("/people/" + crn + "/supervision").statusCode(200)
                .body("contactEveryDays", equalTo(7)));
        CaseApi.recordContact(crn, """
                {"type": "OFFICE_VISIT", "occurredAt": "%s", "outcome": "ATTENDED_COMPLIED", "notes": "seen",
                 "loneContact": false}""".formatted(Instant.now().minus(10, ChronoUnit.DAYS))).statusCode(201);

        CaseApi.get("/people/" + crn + "/supervision").statusCode(200).body("onTrack", equalTo(false));

        CaseApi.recordContact(crn, """
                {"type": "VIDEO", "occurredAt": "%s", "outcome": "ATTENDED_COMPLIED", "notes": "seen",
                 "loneContact": false}""".formatted(Instant.now().minus(1, ChronoUnit.DAYS))).statusCode(201);
        CaseApi.get("/people/" + crn + "/supervision").statusCode(200).body("onTrack", equalTo(true));
    }

    private static void tier(String crn, String tier) {
        riskService.send(UuidV7.next(), "tier.in-force.changed", crn, 1,
                "{\"crn\": \"%s\", \"tier\": \"%s\"}".formatted(crn, tier));
    }

    private static void rosh(String crn, String level) {
        riskService.send(UuidV7.next(), "risk-assessment.rosh.assessed", crn, 2,
                "{\"crn\": \"%s\", \"overallLevel\": \"%s\"}".formatted(crn, level));
    }

}
