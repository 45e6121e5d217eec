package org.desist.risk.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.UuidV7;
import org.desist.testing.CloudEventWriter;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accountable risk judgements (000_c72660e7df92b92e.txt 8.3, 8.5) and the tier they lead to (shared/facts/TIER.md). */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_risk_test"))
class AssessmentTest {

    private static final String ROSH = """
            {"levels": {"PUBLIC": "MEDIUM", "KNOWN_ADULT": "%s", "CHILDREN": "LOW", "STAFF": "LOW"},
             "natureOfRisk": "violence towards a former partner", "whoIsAtRisk": "former partner",
             "whenGreatest": "when drinking", "whatReduces": "sobriety; no-contact condition",
             "evidence": "two previous convictions", "rationale": "pattern escalating over two years"}""";
    private static CloudEventWriter caseService;

    @Inject
    EventStore store;

    @BeforeAll
    static void connect() {
        caseService = new CloudEventWriter("desist.case.events.test", "/desist/case-service");
    }

    @AfterAll
    static void disconnect() {
        caseService.close();
    }

    @Test
    void anExcludedOfficerIsRefusedTheTierOnceCaseServiceSaysSo_andAnotherTeamsCaseNeedsAPurpose_needToKnow_001() {
        String crn = registeredPerson();
        caseService.send(UuidV7.next(), "probation-case.case.allocated", crn, 2,
                "{\"staffId\": \"someone-in-n02\", \"team\": \"N02\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> tier(crn).extract().statusCode() == 403);
        tier(crn).contentType("application/problem+json").body("type", endsWith("need-to-know"));
        given().auth().oauth2(Tokens.of("officer")).header("X-Purpose", "duty cover").when().get("/people/" + crn + "/tier")
                .then().statusCode(200);

        caseService.send(UuidV7.next(), "probation-case.access.restricted", crn, 3, ("{\"excluded\": [\"officer\"], "
                + "\"restrictedTo\": [], \"from\": \"%s\", \"until\": null, \"message\": \"Contact the case's manager.\"}")
                .formatted(java.time.LocalDate.now().minusDays(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.of("officer"))
                .header("X-Purpose", "duty cover").when().get("/people/" + crn + "/tier").then().extract().statusCode() == 403);
        tier(crn).body("type", endsWith("case-excluded")).body("detail", equalTo("Contact the case's manager."));
        given().auth().oauth2(Tokens.of("auditor")).when().get("/access-log?crn=" + crn).then().statusCode(200)
                .body("find { it.basis == 'break-glass' }.purpose", equalTo("duty cover"));
    }

    @Test
    void highRoshTakesEffectOnlyWhenAnotherSeniorOfficerCountersigns_000_8_5() {
        String crn = registeredPerson();

        String id = post("officer", "/people/" + crn + "/rosh", ROSH.formatted("HIGH")).statusCode(201)
                .body("overallLevel", equalTo("HIGH")).body("effective", equalTo(false)).extract().path("assessmentId");
        tier(crn).statusCode(200).body("tier", equalTo("D2"));

        post("officer", "/people/" + crn + "/rosh/" + id + "/countersignature", "{\"comments\": \"agreed\"}").statusCode(403);
        post("senior", "/people/" + crn + "/rosh/" + id + "/countersignature", "{\"comments\": \"agreed on the evidence\"}")
                .statusCode(201);

        tier(crn).statusCode(200).body("tier", equalTo("B2")).body("calculation.protectBreakdown.rosh", equalTo(20));
        List<String> types = store.readStream(crn).stream().map(StoredEvent::type).toList();
        assertThat(types).containsSubsequence("risk-assessment.rosh.assessed", "risk-assessment.rosh.countersigned",
                "tier.calculation.changed");
        assertThat(store.readStream(crn).stream().filter(e -> e.type().equals("risk-assessment.rosh.assessed")))
                .singleElement().satisfies(e -> assertThat(e.rationale()).contains("pattern escalating over two years"));
    }

    @Test
    void aNewerAssessmentLapsesTheOneAwaitingCountersignatureAndOnlyTheLatestIsCountersigned_000_8_3() {
        String crn = registeredPerson();
        String older = post("officer", "/people/" + crn + "/rosh", ROSH.formatted("HIGH")).statusCode(201)
                .extract().path("assessmentId");
        String newer = post("officer", "/people/" + crn + "/rosh", ROSH.formatted("VERY_HIGH")
                .replace("pattern escalating over two years", "a weapon found at the address")).statusCode(201)
                .body("effective", equalTo(false)).extract().path("assessmentId");

        post("senior", "/people/" + crn + "/rosh/" + older + "/countersignature", "{\"comments\": \"agreed\"}")
                .statusCode(409).contentType("application/problem+json").body("type", endsWith("rosh-assessment-lapsed"));
        post("senior", "/people/" + crn + "/rosh/" + newer + "/countersignature", "{\"comments\": \"agreed: weapon\"}")
                .statusCode(201);

        tier(crn).statusCode(200).body("tier", equalTo("A2"));
        rosh(crn).body("current.assessmentId", equalTo(newer)).body("current.overallLevel", equalTo("VERY_HIGH"))
                .body("current.rationale", equalTo("a weapon found at the address"))
                .body("current.countersignature.comments", equalTo("agreed: weapon"))
                .body("current.countersignature.by", org.hamcrest.Matchers.notNullValue())
                .body("pending", org.hamcrest.Matchers.nullValue())
                .body("history.status", org.hamcrest.Matchers.contains("LAPSED", "IN_EFFECT"))
                .body("history[0].supersededBy", equalTo(newer))
                .body("history[0].rationale", equalTo("pattern escalating over two years"));
        assertThat(store.readStream(crn).stream().filter(e -> e.type().equals("risk-assessment.rosh.lapsed")))
                .singleElement().satisfies(e -> assertThat(e.payload().get("assessmentId").asText()).isEqualTo(older));
    }

    @Test
    void loweringHighRoshNeedsSecondSenior_000_8_5() {
        String crn = registeredPerson();
        String high = post("officer", "/people/" + crn + "/rosh", ROSH.formatted("HIGH")).statusCode(201)
                .extract().path("assessmentId");
        post("senior", "/people/" + crn + "/rosh/" + high + "/countersignature", "{\"comments\": \"agreed\"}")
                .statusCode(201);
        tier(crn).statusCode(200).body("tier", equalTo("B2"));

        String lowered = ROSH.formatted("LOW").replace("MEDIUM", "LOW")
                .replace("pattern escalating over two years", "former partner moved abroad");
        String bySenior = post("senior", "/people/" + crn + "/rosh", lowered).statusCode(201)
                .body("overallLevel", equalTo("LOW")).body("effective", equalTo(false)).extract().path("assessmentId");
        tier(crn).statusCode(200).body("tier", equalTo("B2")).body("calculation.inputs.rosh", equalTo("HIGH"));
        rosh(crn).body("current.overallLevel", equalTo("HIGH")).body("pending.assessmentId", equalTo(bySenior))
                .body("pending.lowersHighLevel", equalTo(true));
        // the realm has one senior user: a senior's own lowering cannot be countersigned by them, nor by an officer
        post("senior", "/people/" + crn + "/rosh/" + bySenior + "/countersignature", "{\"comments\": \"mine\"}")
                .statusCode(409).body("type", endsWith("countersigned-by-assessor"));
        post("officer", "/people/" + crn + "/rosh/" + bySenior + "/countersignature", "{\"comments\": \"ok\"}")
                .statusCode(403);

        String byOfficer = post("officer", "/people/" + crn + "/rosh", lowered).statusCode(201)
                .body("effective", equalTo(false)).extract().path("assessmentId");
        post("senior", "/people/" + crn + "/rosh/" + byOfficer + "/countersignature",
                "{\"comments\": \"agreed: the evidence supports LOW now\"}").statusCode(201);
        tier(crn).statusCode(200).body("tier", equalTo("D2"));
        rosh(crn).body("current.overallLevel", equalTo("LOW")).body("history.status",
                org.hamcrest.Matchers.contains("REPLACED", "LAPSED", "IN_EFFECT"));
    }

    @Test
    void assessmentsAwaitingCountersignatureAreListedForSeniorsByTeam_000_8_5() {
        String crn = registeredPerson();
        String team = "N01"; // the senior's own: a list never shows a case its reader may not open (need-to-know)
        caseService.send(UuidV7.next(), "probation-case.case.allocated", crn, 2,
                "{\"staffId\": \"officer\", \"team\": \"" + team + "\", \"reason\": \"first allocation\"}");
        String id = post("officer", "/people/" + crn + "/rosh", ROSH.formatted("HIGH")).statusCode(201)
                .extract().path("assessmentId");

        String entry = "find { it.assessmentId == '" + id + "' }";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.of("senior"))
                .when().get("/rosh/pending?team=" + team).then().statusCode(200)
                .body(entry + ".crn", equalTo(crn)).body(entry + ".overallLevel", equalTo("HIGH"))
                .body(entry + ".team", equalTo(team)).body(entry + ".rationale", equalTo("pattern escalating over two years")));
        given().auth().oauth2(Tokens.of("senior")).when().get("/rosh/pending?team=NOPE").then().statusCode(200)
                .body("findAll { it.assessmentId == '" + id + "' }", org.hamcrest.Matchers.empty());
        given().auth().oauth2(Tokens.of("officer")).when().get("/rosh/pending").then().statusCode(403);

        post("senior", "/people/" + crn + "/rosh/" + id + "/countersignature", "{\"comments\": \"agreed\"}")
                .statusCode(201);
        given().auth().oauth2(Tokens.of("senior")).when().get("/rosh/pending?team=" + team).then().statusCode(200)
                .body("findAll { it.assessmentId == '" + id + "' }", org.hamcrest.Matchers.empty());
    }

    @Test
    void theAssessorMayNotCountersignTheirOwnAssessment_000_8_5() {
        String crn = registeredPerson();
        String id = post("senior", "/people/" + crn + "/rosh", ROSH.formatted("VERY_HIGH")).statusCode(201)
                .extract().path("assessmentId");
        post("senior", "/people/" + crn + "/rosh/" + id + "/countersignature", "{\"comments\": \"mine\"}")
                .statusCode(409).body("type", endsWith("countersigned-by-assessor"));
    }

    @Test
    void registrationsAndTheAssessmentMakeTheTierAndItIsPublishedForCaseService_tier() {
        String crn = registeredPerson();
        Instant before = Instant.now();
        post("officer", "/people/" + crn + "/assessments", """
                {"rsrPercent": 2.1, "needs": {"THINKING_AND_BEHAVIOUR": "SEVERE", "ATTITUDES": "SEVERE",
                 "ACCOMMODATION": "SEVERE", "LIFESTYLE": "SEVERE", "ALCOHOL": "SEVERE", "DRUGS": "SEVERE",
                 "EDUCATION_TRAINING_EMPLOYMENT": "SEVERE", "RELATIONSHIPS": "SEVERE"},
                 "iomNominal": true}""").statusCode(201);
        String mappa = post("officer", "/people/" + crn + "/registrations",
                "{\"type\": \"MAPPA\", \"category\": 2, \"level\": 2, \"reviewDate\": \"2027-03-01\", \"notes\": \"level 2\"}")
                .statusCode(201).extract().path("registrationId");

        tier(crn).statusCode(200).body("tier", equalTo("A3")).body("calculation.changePoints", equalTo(22));
        given().auth().oauth2(Tokens.of("officer")).when().get("/people/" + crn + "/tier?asOf=" + before)
                .then().statusCode(200).body("tier", equalTo("D2"));

        post("senior", "/people/" + crn + "/registrations/" + mappa + "/review",
                "{\"nextReviewDate\": \"2020-01-01\", \"notes\": \"x\"}").statusCode(400).body("field", equalTo("nextReviewDate"));
        post("senior", "/people/" + crn + "/registrations/" + mappa + "/review",
                "{\"nextReviewDate\": \"" + java.time.LocalDate.now().plusMonths(4) + "\", \"notes\": \"still level 2\"}")
                .statusCode(201);
        post("officer", "/people/" + crn + "/registrations/" + mappa + "/removal", "{\"reason\": \"MAPPA ended\"}")
                .statusCode(201);
        tier(crn).statusCode(200).body("tier", equalTo("D3"));
        try (TopicReader topic = new TopicReader("desist.risk.events.test")) {
            var records = topic.await(r -> crn.equals(r.key()) && header(r, "ce_type").equals("tier.calculation.changed"),
                    4, Duration.ofSeconds(30));
            assertThat(records).extracting(r -> r.value().replaceAll(".*\"tier\":\"([A-D][0-3])\".*", "$1"))
                    .containsExactly("D2", "D3", "A3", "D3"); // registered, assessed, MAPPA added, MAPPA removed
            assertThat(records.getLast().value()).contains("\"tier\":\"D3\"").contains("\"crn\":\"" + crn + "\"");
        }
        assertThat(tiersInForcePublished(crn, 4)).containsExactly("D2", "D3", "A3", "D3");
    }

    /** An override is weighed against one calculation; once the tier is recalculated it cannot be countersigned. */
    @Test
    void overrideCountersignedOnlyWhileTheCalculationItOverrodeIsCurrent_000_8_3() {
        String crn = registeredPerson();
        String id = post("officer", "/people/" + crn + "/overrides",
                "{\"level\": \"TIER\", \"value\": \"B2\", \"rationale\": \"threats to a new partner, not yet assessed\"}")
                .statusCode(201).extract().path("overrideId");
        tier(crn).statusCode(200).body("overridesAwaiting[0].overriding", equalTo("B2"));
        post("officer", "/people/" + crn + "/registrations",
                "{\"type\": \"MAPPA\", \"category\": 2, \"level\": 2, \"reviewDate\": \"2027-03-01\", \"notes\": \"level 2\"}")
                .statusCode(201);

        post("senior", "/people/" + crn + "/overrides/" + id + "/countersignature", "{\"comments\": \"agreed\"}")
                .statusCode(409).contentType("application/problem+json").body("type", endsWith("override-superseded"));

        tier(crn).statusCode(200).body("tier", equalTo("A2")).body("calculatedTier", equalTo("A2"))
                .body("override", org.hamcrest.Matchers.nullValue())
                .body("overridesAwaiting", org.hamcrest.Matchers.empty());
        assertThat(store.readStream(crn).stream().map(StoredEvent::type)).contains("risk-assessment.override.lapsed");
        assertThat(tiersInForcePublished(crn, 2)).containsExactly("D2", "A2");
    }

    /** HTTP optimistic concurrency: each write answers the record's version; one made on a stale version is refused. */
    @Test
    void anOverrideAndItsCountersignatureAnswerTheNewVersion_andAStaleIfMatchIsRefusedAndWritesNothing() {
        String crn = registeredPerson();
        String read = tier(crn).statusCode(200).extract().header("ETag");
        assertThat(read).isEqualTo(etag(store.currentVersion(crn)));

        var overridden = withIfMatch("officer", read, "/people/" + crn + "/overrides",
                "{\"level\": \"TIER\", \"value\": \"B2\", \"rationale\": \"threats to a new partner\"}")
                .statusCode(201).extract();
        assertThat(overridden.header("ETag")).isEqualTo(etag(store.currentVersion(crn))).isNotEqualTo(read);

        long before = store.currentVersion(crn);
        String countersign = "/people/" + crn + "/overrides/" + overridden.path("overrideId") + "/countersignature";
        withIfMatch("senior", read, countersign, "{\"comments\": \"agreed\"}").statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("stale-version"))
                .body("field", equalTo("If-Match"));
        assertThat(store.currentVersion(crn)).isEqualTo(before);
        tier(crn).statusCode(200).body("tier", equalTo("D2")).body("overridesAwaiting", org.hamcrest.Matchers.hasSize(1));

        String countersigned = withIfMatch("senior", overridden.header("ETag"), countersign, "{\"comments\": \"agreed\"}")
                .statusCode(201).extract().header("ETag");
        assertThat(countersigned).isEqualTo(etag(store.currentVersion(crn)));
        tier(crn).statusCode(200).body("tier", equalTo("B2")).header("ETag", equalTo(countersigned));
    }

    @Test
    void aRoshAssessmentOnAStaleVersionIsRefusedAndWritesNothing() {
        String crn = registeredPerson();
        String read = rosh(crn).extract().header("ETag");
        String assessed = withIfMatch("officer", read, "/people/" + crn + "/rosh", ROSH.formatted("LOW")).statusCode(201)
                .extract().header("ETag");
        assertThat(assessed).isEqualTo(etag(store.currentVersion(crn)));

        withIfMatch("officer", read, "/people/" + crn + "/rosh", ROSH.formatted("HIGH")).statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("stale-version"));
        assertThat(etag(store.currentVersion(crn))).isEqualTo(assessed);
        rosh(crn).header("ETag", equalTo(assessed)).body("history", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void aChangeOfInputsThatLeavesTheTierUnchangedIsStillRecordedAndExplained_tier() {
        String crn = registeredPerson();
        post("officer", "/people/" + crn + "/assessments",
                "{\"rsrPercent\": 1.5, \"needs\": {\"ACCOMMODATION\": \"STANDARD\"}, \"iomNominal\": false}")
                .statusCode(201);
        tier(crn).statusCode(200).body("tier", equalTo("D1"));
        Instant between = Instant.now();
        post("officer", "/people/" + crn + "/assessments",
                "{\"rsrPercent\": 2.5, \"needs\": {\"ACCOMMODATION\": \"SEVERE\"}, \"iomNominal\": false}")
                .statusCode(201);

        tier(crn).statusCode(200).body("tier", equalTo("D1")).body("calculation.inputs.rsrPercent", equalTo(2.5f))
                .body("calculation.changePoints", equalTo(2))
                .body("explanation", org.hamcrest.Matchers.hasItems("RSR 2.5%: 0 points",
                        "need ACCOMMODATION SEVERE: weight 1 x 2 = 2 points", "tier D1"));
        given().auth().oauth2(Tokens.of("officer")).when().get("/people/" + crn + "/tier?asOf=" + between)
                .then().statusCode(200).body("tier", equalTo("D1")).body("calculation.inputs.rsrPercent", equalTo(1.5f))
                .body("explanation", org.hamcrest.Matchers.hasItem("RSR 1.5%: 0 points"));
        assertThat(store.readStream(crn).stream().filter(e -> e.type().equals("tier.calculation.changed"))
                .map(e -> e.payload().get("tier").asText())).containsExactly("D2", "D1", "D1");
    }

    @Test
    void anOverrideKeepsTheCalculatedTierOnRecordAndTakesEffectWhenCountersigned_000_8_3() {
        String crn = registeredPerson();
        post("officer", "/people/" + crn + "/overrides", "{\"level\": \"TIER\", \"value\": \"B2\", \"rationale\": \"\"}")
                .statusCode(400).body("field", equalTo("rationale"));
        post("officer", "/people/" + crn + "/overrides", "{\"level\": \"TIER\", \"value\": \"E9\", \"rationale\": \"x\"}")
                .statusCode(400).body("field", equalTo("value"));
        post("officer", "/people/" + crn + "/overrides", "{\"level\": \"TIER\", \"value\": \"D2\", \"rationale\": \"x\"}")
                .statusCode(400).body("field", equalTo("value"));
        String id = post("officer", "/people/" + crn + "/overrides",
                "{\"level\": \"TIER\", \"value\": \"B2\", \"rationale\": \"threats to a new partner, not yet assessed\"}")
                .statusCode(201).extract().path("overrideId");
        tier(crn).statusCode(200).body("tier", equalTo("D2"));
        overrides(crn).body("awaitingCountersignature[0].overriding", equalTo("B2"));

        post("officer", "/people/" + crn + "/overrides/" + id + "/countersignature", "{\"comments\": \"ok\"}")
                .statusCode(403);
        post("senior", "/people/" + crn + "/overrides/" + id + "/countersignature", "{\"comments\": \"agreed\"}")
                .statusCode(201);

        tier(crn).statusCode(200).body("tier", equalTo("B2")).body("calculatedTier", equalTo("D2"))
                .body("override.comments", equalTo("agreed"));
        overrides(crn).body("levels.TIER.calculated", equalTo("D2")).body("levels.TIER.inForce", equalTo("B2"))
                .body("awaitingCountersignature", org.hamcrest.Matchers.empty());
        assertThat(store.readStream(crn).stream().map(StoredEvent::type))
                .contains("risk-assessment.override.recorded", "risk-assessment.override.countersigned");
        assertThat(tiersInForcePublished(crn, 2)).containsExactly("D2", "B2");
    }

    @Test
    void aTierOverrideStoredAsSchemaVersion1StillReadsAsAnOverrideOfTheTier() throws Exception {
        String crn = registeredPerson();
        UUID id = UuidV7.next();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        store.append(org.desist.eventstore.StreamId.of("risk-person", crn), org.desist.eventstore.ExpectedVersion.any(),
                List.of(new org.desist.eventstore.NewEvent("risk-assessment.override.recorded", 1, json.readTree("""
                        {"crn": "%s", "overrideId": "%s", "calculatedTier": "D2", "overridingTier": "C1",
                         "rationale": "recorded before overrides covered every level", "recordedBy": "officer"}"""
                        .formatted(crn, id)), Instant.now(), java.util.Optional.of("recorded before")),
                        new org.desist.eventstore.NewEvent("risk-assessment.override.countersigned", 1, json.readTree("""
                        {"crn": "%s", "overrideId": "%s", "tier": "C1", "calculatedTier": "D2", "comments": "agreed"}"""
                        .formatted(crn, id)), Instant.now(), java.util.Optional.of("agreed"))),
                org.desist.eventstore.CommandMetadata.by(org.desist.eventstore.Actor.system("schema-1-writer")));

        tier(crn).statusCode(200).body("tier", equalTo("C1")).body("calculatedTier", equalTo("D2"))
                .body("override.level", equalTo("TIER")).body("override.value", equalTo("C1"));
        overrides(crn).body("levels.TIER.inForce", equalTo("C1"));
        assertThat(store.readStream(crn).stream().filter(e -> e.type().startsWith("risk-assessment.override.")))
                .allSatisfy(e -> assertThat(e.schemaVersion()).isEqualTo(1));
    }

    @Test
    void theOgrs3BandIsOverriddenWithARationaleAndCountersignatureAndBothValuesStayOnRecord_000_8_3_and_8_5() {
        String crn = registeredPerson();
        post("officer", "/people/" + crn + "/overrides", "{\"level\": \"OGRS3_BAND\", \"value\": \"HIGH\", \"rationale\": \"x\"}")
                .statusCode(409).body("type", endsWith("nothing-calculated"));
        sentenced(crn);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> overrides(crn).body("levels.OGRS3_BAND.calculated",
                org.hamcrest.Matchers.notNullValue()));
        String calculated = overrides(crn).extract().path("levels.OGRS3_BAND.calculated");
        String overriding = calculated.equals("VERY_HIGH") ? "LOW" : "VERY_HIGH";
        post("officer", "/people/" + crn + "/overrides", "{\"level\": \"OGRS3_BAND\", \"value\": \"SEVERE\", \"rationale\": \"x\"}")
                .statusCode(400).body("field", equalTo("value"));
        String own = post("senior", "/people/" + crn + "/overrides", "{\"level\": \"OGRS3_BAND\", \"value\": \""
                + overriding + "\", \"rationale\": \"x\"}").statusCode(201).extract().path("overrideId");
        post("senior", "/people/" + crn + "/overrides/" + own + "/countersignature", "{\"comments\": \"mine\"}")
                .statusCode(409).body("type", endsWith("countersigned-by-assessor"));
        String id = post("officer", "/people/" + crn + "/overrides", "{\"level\": \"OGRS3_BAND\", \"value\": \"" + overriding
                + "\", \"rationale\": \"the static score misses recent escalation seen in the last two contacts\"}")
                .statusCode(201).extract().path("overrideId");
        overrides(crn).body("levels.OGRS3_BAND.inForce", equalTo(calculated));

        // a senior officer other than the one who made it countersigns: the override is in force, the calculation
        // is still shown beside it
        post("senior", "/people/" + crn + "/overrides/" + id + "/countersignature", "{\"comments\": \"agreed\"}")
                .statusCode(201);
        overrides(crn).body("levels.OGRS3_BAND.calculated", equalTo(calculated))
                .body("levels.OGRS3_BAND.inForce", equalTo(overriding))
                .body("levels.OGRS3_BAND.override.comments", equalTo("agreed"));
        tier(crn).statusCode(200).body("override", org.hamcrest.Matchers.nullValue());
        StoredEvent recorded = store.readStream(crn).stream()
                .filter(e -> e.type().equals("risk-assessment.override.recorded")).toList().getLast();
        assertThat(recorded.payload().get("level").asText()).isEqualTo("OGRS3_BAND");
        assertThat(recorded.payload().get("calculated").asText()).isEqualTo(calculated);
        assertThat(recorded.payload().get("overriding").asText()).isEqualTo(overriding);
        assertThat(recorded.rationale()).hasValueSatisfying(r -> assertThat(r).contains("recent escalation"));
    }

    @Test
    void registrationsRecordedInCaseServiceCountInTheTierUntilRemovedThere_tier() {
        String crn = registeredPerson();
        UUID registration = UuidV7.next();
        caseService.send(UuidV7.next(), "probation-case.registration.added", crn, 2, """
                {"registrationId": "%s", "type": "MAPPA", "category": 2, "level": 2, "reviewDate": "2027-03-01",
                 "notes": "level 2 agreed at the MAPPA meeting"}""".formatted(registration));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> tier(crn).statusCode(200).body("tier", equalTo("A2"))
                .body("calculation.protectBreakdown.mappa", equalTo(150)));
        caseService.send(UuidV7.next(), "probation-case.registration.reviewed", crn, 3, """
                {"registrationId": "%s", "type": "MAPPA", "nextReviewDate": "2027-09-01", "notes": "still level 2"}"""
                .formatted(registration));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.of("officer"))
                .when().get("/people/" + crn + "/registrations").then().statusCode(200)
                .body("[0].registrationId", equalTo(registration.toString())).body("[0].reviewDate", equalTo("2027-09-01"))
                .body("[0].category", equalTo(2)).body("[0].source", equalTo("case-service")));
        caseService.send(UuidV7.next(), "probation-case.registration.added", crn, 4, """
                {"registrationId": "%s", "type": "SELF_HARM", "reviewDate": "2027-03-01", "notes": "self-harm history"}"""
                .formatted(UuidV7.next()));
        caseService.send(UuidV7.next(), "probation-case.registration.removed", crn, 5, """
                {"registrationId": "%s", "type": "MAPPA", "reason": "MAPPA management ended"}""".formatted(registration));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> tier(crn).statusCode(200).body("tier", equalTo("D2"))
                .body("calculation.protectPoints", equalTo(2)));
        List<StoredEvent> added = store.readStream(crn).stream().filter(e -> e.type().equals("registration.added")).toList();
        assertThat(added).hasSize(2);
        assertThat(added.getFirst().payload().get("registrationId").asText()).isEqualTo(registration.toString());
        assertThat(added.getFirst().payload().get("source").asText()).isEqualTo("case-service");
        assertThat(store.readStream(crn).stream().filter(e -> e.type().equals("registration.removed"))).singleElement()
                .satisfies(e -> assertThat(e.rationale()).hasValueSatisfying(r -> assertThat(r).contains("MAPPA management ended")));
    }

    @Test
    void aNewConvictionMakesAReviewDueAndOverdueReviewsAreListedByTeam() {
        String crn = registeredPerson();
        tier(crn).statusCode(200).body("reviewDue.reason", org.hamcrest.Matchers.startsWith("scheduled reassessment"));
        caseService.send(UuidV7.next(), "probation-case.case.allocated", crn, 2,
                "{\"staffId\": \"officer\", \"team\": \"N01\", \"reason\": \"first allocation\"}");
        caseService.send(UuidV7.next(), "probation-case.conviction.recorded", crn, 3, """
                {"convictionId": "%s", "offenceCode": "00101", "offenceDate": "2026-06-01", "convictionDate": "2026-07-01",
                 "court": "Leeds", "category": "Murder"}""".formatted(UuidV7.next()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.of("senior"))
                .when().get("/reviews/overdue?team=N01").then().statusCode(200)
                .body("find { it.crn == '" + crn + "' }.reason", equalTo("a new conviction was recorded"))
                .body("find { it.crn == '" + crn + "' }.dueBy", equalTo("2026-07-01")));

        post("officer", "/people/" + crn + "/reviews", "{\"summary\": \"reassessed after the conviction\"}").statusCode(201);
        given().auth().oauth2(Tokens.of("senior")).when().get("/reviews/overdue?team=N01").then().statusCode(200)
                .body("findAll { it.crn == '" + crn + "' }", org.hamcrest.Matchers.empty());
        assertThat(store.readStream(crn).stream().map(StoredEvent::type))
                .contains("risk-assessment.review.due", "risk-assessment.review.completed");
    }

    @Test
    void aRegistrationEventMissingItsIdGoesToTheDeadLetterTopicChangingNothingAndLaterEventsStillArrive() {
        String crn = registeredPerson();
        UUID malformed = UuidV7.next();
        caseService.send(malformed, "probation-case.registration.added", crn, 2,
                "{\"type\": \"MAPPA\", \"category\": 2, \"level\": 3, \"reviewDate\": \"2027-03-01\", \"notes\": \"x\"}");
        caseService.send(UuidV7.next(), "probation-case.registration.added", crn, 3, """
                {"registrationId": "%s", "type": "SELF_HARM", "reviewDate": "2027-03-01", "notes": "self-harm history"}"""
                .formatted(UuidV7.next()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.of("officer"))
                .when().get("/people/" + crn + "/registrations").then().statusCode(200)
                .body("type", org.hamcrest.Matchers.contains("SELF_HARM")));
        try (TopicReader topic = new TopicReader("desist.risk.dead-letters.test")) {
            var letter = topic.await(r -> crn.equals(r.key()) && r.value().contains("\"MAPPA\""), 1, Duration.ofSeconds(30))
                    .getFirst();
            assertThat(new String(letter.headers().lastHeader("dead-letter-consumer").value()))
                    .isEqualTo("risk-service:case-facts");
            assertThat(new String(letter.headers().lastHeader("dead-letter-reason").value())).contains("registrationId");
        }
        given().auth().oauth2(Tokens.of("operator")).when().get("/admin/dead-letters?consumer=risk-service:case-facts")
                .then().statusCode(200)
                .body("find { it.eventId == '" + malformed + "' }.kind", equalTo("malformed"))
                .body("find { it.eventId == '" + malformed + "' }.reason", org.hamcrest.Matchers.containsString("registrationId"));
        tier(crn).statusCode(200).body("tier", equalTo("D2")).body("calculation.protectBreakdown.mappa", equalTo(0));
        assertThat(store.readStream(crn).stream().filter(e -> e.type().equals("registration.added"))).hasSize(1);
    }

    @Test
    void aRegistrationPastItsReviewDateIsListedWithTheTeamsOverdueReviewsUntilReviewed() {
        String crn = registeredPerson();
        UUID registration = UuidV7.next();
        caseService.send(UuidV7.next(), "probation-case.case.allocated", crn, 2,
                "{\"staffId\": \"officer\", \"team\": \"N01\", \"reason\": \"first allocation\"}");
        caseService.send(UuidV7.next(), "probation-case.registration.added", crn, 3, """
                {"registrationId": "%s", "type": "CHILD_PROTECTION", "reviewDate": "2026-01-15",
                 "notes": "child protection plan"}""".formatted(registration));
        String entry = "find { it.registrationId == '" + registration + "' }";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.of("senior"))
                .when().get("/reviews/overdue?team=N01").then().statusCode(200)
                .body(entry + ".kind", equalTo("REGISTRATION")).body(entry + ".dueBy", equalTo("2026-01-15"))
                .body(entry + ".crn", equalTo(crn)).body(entry + ".team", equalTo("N01")));

        post("officer", "/people/" + crn + "/registrations/" + registration + "/review",
                "{\"nextReviewDate\": \"" + java.time.LocalDate.now().plusMonths(6) + "\", \"notes\": \"plan continues\"}")
                .statusCode(201);
        given().auth().oauth2(Tokens.of("senior")).when().get("/reviews/overdue?team=N01").then().statusCode(200)
                .body("findAll { it.registrationId == '" + registration + "' }", org.hamcrest.Matchers.empty());
    }

    @Test
    void aRecallFromLicenceMakesAReviewDue() {
        String crn = registeredPerson();
        caseService.send(UuidV7.next(), "probation-case.licence.recalled", crn, 2,
                "{\"sentenceId\": \"%s\", \"recalledOn\": \"2026-03-01\", \"rationale\": \"x\"}".formatted(UuidV7.next()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> tier(crn).statusCode(200)
                .body("reviewDue.reason", equalTo("recalled to custody from licence")));
    }

    @Test
    void breachProceedingsMakeAReviewDueFromWhenTheyBegan_reviews() {
        String crn = registeredPerson();
        caseService.send(UuidV7.next(), "enforcement.breach.initiated", crn, 2,
                "{\"breachId\": \"%s\", \"reason\": \"third failure\"}".formatted(UuidV7.next()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> tier(crn).statusCode(200)
                .body("reviewDue.reason", equalTo("breach proceedings were initiated"))
                .body("reviewDue.dueBy", equalTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString())));
    }

    @Test
    void failedAppointmentsMakeAReviewDueEachTimeTheThresholdIsCrossedAgain_reviews() {
        String crn = registeredPerson();
        Instant first = Instant.parse("2026-09-01T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            failed(crn, i + 2, first.plus(Duration.ofDays(i)));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> tier(crn).statusCode(200)
                .body("reviewDue.reason", equalTo("3 failed appointments since supervision began")));
        post("officer", "/people/" + crn + "/reviews", "{\"summary\": \"reassessed after three failures\"}")
                .statusCode(201);
        tier(crn).statusCode(200).body("reviewDue.reason", org.hamcrest.Matchers.startsWith("scheduled reassessment"));

        failed(crn, 5, first.plus(Duration.ofDays(10)));
        failed(crn, 6, first.plus(Duration.ofDays(11)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.of("officer"))
                .when().get("/people/" + crn + "/risk-profile").then().statusCode(200).body("failuresToAttend", equalTo(5)));
        tier(crn).statusCode(200).body("reviewDue.reason", org.hamcrest.Matchers.startsWith("scheduled reassessment"));

        failed(crn, 7, first.plus(Duration.ofDays(12)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> tier(crn).statusCode(200)
                .body("reviewDue.reason", equalTo("3 failed appointments since the last review they made due")));
    }

    private static void failed(String crn, int version, Instant occurredAt) {
        caseService.send(UuidV7.next(), "probation-case.contact.recorded", crn, version, """
                {"contactId":"%s","type":"OFFICE_VISIT","occurredAt":"%s","outcome":"FAILED_TO_ATTEND","notes":"",
                 "loneContact":false}""".formatted(UuidV7.next(), occurredAt));
    }

    @Test
    void badJudgementsAreRefusedNamingTheField() {
        String crn = registeredPerson();
        post("officer", "/people/" + crn + "/rosh", "{\"levels\": {}, \"natureOfRisk\": \"x\", \"whoIsAtRisk\": \"x\", "
                + "\"whenGreatest\": \"x\", \"whatReduces\": \"x\", \"evidence\": \"x\", \"rationale\": \"x\"}")
                .statusCode(400).body("field", equalTo("levels"));
        post("officer", "/people/" + crn + "/rosh", ROSH.formatted("HIGH").replace("\"rationale\": \"pattern escalating over two years\"", "\"rationale\": \"\""))
                .statusCode(400).body("field", equalTo("rationale"));
        post("officer", "/people/" + crn + "/registrations", "{\"type\": \"MAPPA\", \"category\": 1, \"level\": 4, "
                + "\"reviewDate\": \"2027-03-01\", \"notes\": \"x\"}").statusCode(400).body("field", equalTo("level"));
        post("officer", "/people/" + crn + "/registrations", "{\"type\": \"MAPPA\", \"level\": 2, "
                + "\"reviewDate\": \"2027-03-01\", \"notes\": \"x\"}").statusCode(400).body("field", equalTo("category"));
        post("officer", "/people/" + crn + "/registrations", "{\"type\": \"SELF_HARM\", \"level\": 2, "
                + "\"reviewDate\": \"2027-03-01\", \"notes\": \"x\"}").statusCode(400).body("field", equalTo("level"));
        post("officer", "/people/Z999998/rosh", ROSH.formatted("LOW")).statusCode(404);
        post("partner-police", "/people/" + crn + "/rosh", ROSH.formatted("LOW")).statusCode(403);
        given().when().get("/people/" + crn + "/tier").then().statusCode(401);
    }

    private static String registeredPerson() {
        String crn = "T" + String.format("%06d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L));
        caseService.send(UuidV7.next(), "probation-case.person.registered", crn, 1, """
                {"crn":"%s","firstName":"Sam","lastName":"Jones","dateOfBirth":"1985-04-01","sex":"MALE","equality":{}}"""
                .formatted(crn));
        await().atMost(Duration.ofSeconds(30)).until(() -> tier(crn).extract().statusCode() == 200);
        return crn;
    }

    /** The facts case-service publishes for a sentence, from which OGRS3 is scored. */
    private static void sentenced(String crn) {
        caseService.send(UuidV7.next(), "probation-case.criminal-history.recorded", crn, 2,
                "{\"previousSanctions\": 2, \"firstSanctionDate\": \"2000-01-01\", \"previousOffences\": [], \"source\": \"PNC\"}");
        caseService.send(UuidV7.next(), "probation-case.sentence.recorded", crn, 3, """
                {"sentenceId": "%s", "type": "COMMUNITY_ORDER", "sentenceDate": "2026-01-10", "court": "Leeds",
                 "lengthMonths": 12, "expectedEndDate": "2027-01-10", "requirements": [],
                 "offences": [{"offenceCode": "03801", "offenceDate": "2025-12-01", "group": "Theft and handling",
                               "category": "x", "description": "x", "violent": false}]}""".formatted(UuidV7.next()));
    }

    /** The tiers in force risk-service published for a person, in order: the one tier fact case-service applies. */
    static List<String> tiersInForcePublished(String crn, int count) {
        try (TopicReader topic = new TopicReader("desist.risk.events.test")) {
            return topic.await(r -> crn.equals(r.key()) && header(r, "ce_type").equals("tier.in-force.changed"), count,
                    Duration.ofSeconds(30)).stream()
                    .map(r -> r.value().replaceAll(".*\"tier\":\"([A-D][0-3])\".*", "$1")).toList();
        }
    }

    private static ValidatableResponse rosh(String crn) {
        return given().auth().oauth2(Tokens.of("officer")).when().get("/people/" + crn + "/rosh").then().statusCode(200);
    }

    private static ValidatableResponse overrides(String crn) {
        return given().auth().oauth2(Tokens.of("officer")).when().get("/people/" + crn + "/overrides").then().statusCode(200);
    }

    private static ValidatableResponse tier(String crn) {
        return given().auth().oauth2(Tokens.of("officer")).when().get("/people/" + crn + "/tier").then();
    }

    private static ValidatableResponse withIfMatch(String user, String etag, String path, String json) {
        return given().auth().oauth2(Tokens.of(user)).header("If-Match", etag).contentType(ContentType.JSON).body(json)
                .when().post(path).then();
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static ValidatableResponse post(String user, String path, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json).when().post(path).then();
    }

    private static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
