package org.desist.risk.fairness;

import org.desist.eventstore.disclosure.DisclosureControl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.eventstore.UuidV7;
import org.desist.risk.assessment.CalculatedLevel;
import org.desist.risk.ogrs3.OffenceCategory;
import org.desist.risk.ogrs3.Ogrs3;
import org.desist.risk.ogrs3.Ogrs3Inputs;
import org.desist.risk.ogrs3.Sex;
import jakarta.inject.Inject;
import org.desist.eventstore.projection.Projections;
import org.desist.testing.CloudEventWriter;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fairness monitoring through REST (000_c72660e7df92b92e.txt 3.1, 8.4): flags, calibration over re-sentenced people,
 * every override made, and suppressed groups that publish no figure. The arithmetic is tested in FairnessFiguresTest.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_risk_test"))
class FairnessTest {

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    private static CloudEventWriter caseService;
    private static CloudEventWriter monitoring;

    @Inject
    Projections projections;

    @BeforeAll
    static void connect() {
        caseService = new CloudEventWriter("desist.case.events.test", "/desist/case-service");
        monitoring = new CloudEventWriter("desist.case.monitoring.test", "/desist/case-service");
    }

    private static boolean buffered;

    /**
     * A group of exactly ten, published, with a calibration cohort of ten: the next-smallest group or cohort, which
     * complementary suppression withholds beside a lone suppressed one (other tests' people make small ones), so that
     * it never takes one of the larger groups these tests read, whatever else the shared database holds.
     */
    @BeforeEach
    void aGroupOfTenToBeWithheldBesideALoneSuppressedOne() {
        if (buffered) {
            return;
        }
        String buffer = freshGroup();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(person(true, false, buffer)); // sentenced too: a calibration cohort of ten as well
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> people.stream().allMatch(crn -> followed(crn)));
        buffered = true;
    }

    @AfterAll
    static void disconnect() {
        caseService.close();
        monitoring.close();
    }

    @Test
    void aGroupAssessedHigherIsFlaggedAndOgrs3IsCalibratedOverEveryoneReSentencedOrNot_000_3_1_and_8_4() {
        String ethnicity = freshGroup();
        List<String> group = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            group.add(person(true, i < 10, ethnicity));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> group.stream().allMatch(crn -> followed(crn)));
        for (String crn : group) {
            String id = post("officer", "/people/" + crn + "/rosh", """
                    {"levels": {"PUBLIC": "HIGH"}, "natureOfRisk": "x", "whoIsAtRisk": "public", "whenGreatest": "x",
                     "whatReduces": "x", "evidence": "x", "rationale": "x"}""").extract().path("assessmentId");
            post("senior", "/people/" + crn + "/rosh/" + id + "/countersignature", "{\"comments\": \"agreed\"}");
        }
        String g = "dimensions.ethnicity.find { it.group == '" + ethnicity + "' }";
        double predicted = Ogrs3.calculate(new Ogrs3Inputs(Sex.MALE, LocalDate.of(1980, 1, 1), LocalDate.of(2023, 1, 10),
                LocalDate.of(2023, 1, 10), 20, 3, OffenceCategory.THEFT_NON_MOTOR)).oneYearProbability();

        // the ten reconvicted were re-sentenced in July 2023: still counted, against the first prediction
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath report = fairness();
            assertThat(report.getMap(g + ".oneYear")).isEqualTo(Map.of("cohort", 20, "reconvicted", 0.5f,
                    "meanPredicted", (float) DisclosureControl.published(predicted)));
            assertThat(report.getFloat(g + ".distributions.rosh.HIGH.share")).isEqualTo(1.0f);
        });
        JsonPath report = fairness();
        assertThat(report.getInt(g + ".count")).isEqualTo(20);
        assertThat(report.getBoolean(g + ".suppressed")).isFalse();
        assertThat(report.getBoolean(g + ".significant")).as("fewer than 100").isFalse();
        float ratio = report.getFloat(g + ".distributions.rosh.HIGH.ratioToOverall");
        assertThat(report.getList(g + ".flags", String.class).contains("rosh HIGH: %.2f times the overall rate".formatted(ratio)))
                .isEqualTo(ratio > 1.25f);
    }

    @Test
    void everyOverrideMadeIsCountedAfterTheCalculationItOverrodeIsSuperseded_andStandsAfterARebuild_000_8_5() {
        String ethnicity = freshGroup();
        List<String> group = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            group.add(person(false, false, ethnicity));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> group.stream().allMatch(crn -> calculated(crn, "TIER") != null));
        String calculated = calculated(group.getFirst(), "TIER");
        String overriding = calculated.equals("B1") ? "C1" : "B1";
        for (String crn : group) {
            String id = post("officer", "/people/" + crn + "/overrides", "{\"level\": \"TIER\", \"value\": \""
                    + overriding + "\", \"rationale\": \"escalating behaviour the static score cannot see\"}")
                    .extract().path("overrideId");
            post("senior", "/people/" + crn + "/overrides/" + id + "/countersignature", "{\"comments\": \"agreed\"}");
            // a new RoSH moves the calculated tier, so the override is no longer the one in force
            String rosh = post("officer", "/people/" + crn + "/rosh", """
                    {"levels": {"PUBLIC": "VERY_HIGH"}, "natureOfRisk": "x", "whoIsAtRisk": "public", "whenGreatest": "x",
                     "whatReduces": "x", "evidence": "x", "rationale": "x"}""").extract().path("assessmentId");
            post("senior", "/people/" + crn + "/rosh/" + rosh + "/countersignature", "{\"comments\": \"agreed\"}");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> group.stream()
                .noneMatch(crn -> calculated.equals(calculated(crn, "TIER"))));
        String direction = CalculatedLevel.TIER.direction(calculated, overriding).equals("UP") ? "up" : "down";
        String other = direction.equals("up") ? "down" : "up";
        String g = "dimensions.ethnicity.find { it.group == '" + ethnicity + "' }";

        JsonPath report = fairness();
        assertThat(report.getFloat(g + ".overrides.TIER.rate.share")).isEqualTo(1.0f);
        assertThat(report.getFloat(g + ".overrides.TIER." + direction + ".share")).isEqualTo(1.0f);
        assertThat(report.getFloat(g + ".overrides.TIER." + other + ".share")).isEqualTo(0.0f);

        projections.rebuild("fairness-subjects");
        projections.rebuild("fairness-predictions");
        JsonPath rebuilt = fairness();
        // the group's own figures; ratios to the overall also move with everyone else's rows in the shared database
        assertThat(withoutRatios(rebuilt.getMap(g + ".overrides"))).isEqualTo(withoutRatios(report.getMap(g + ".overrides")));
        assertThat(withoutRatios(rebuilt.getMap(g + ".distributions")))
                .isEqualTo(withoutRatios(report.getMap(g + ".distributions")));
    }

    @Test
    void aSuppressedGroupPublishesNoNumericField_beforeOrAfterOneMorePersonJoinsIt() {
        String small = freshGroup();
        String other = freshGroup();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            people.add(person(true, i == 0, small));
            people.add(person(false, false, other));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> people.stream().allMatch(crn -> followed(crn)));
        Map<String, Object> before = ethnicity(fairness(), small);

        String newcomer = person(true, true, small);
        await().atMost(Duration.ofSeconds(60)).until(() -> followed(newcomer));
        JsonPath report = fairness();

        for (Map<String, Object> suppressed : List.of(before, ethnicity(report, small), ethnicity(report, other))) {
            assertThat(suppressed).isEqualTo(Map.of("group", suppressed.get("group"), "suppressed", true));
        }
        assertThat(report.getList("dimensions.ethnicity.findAll { it.suppressed }")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(report.getList("dimensions.ethnicity.findAll { !it.suppressed }.count", Integer.class))
                .allSatisfy(count -> assertThat(count % 5).as("rounded to 5").isZero());
    }

    @Test
    void fairnessIsForAuditorsAndSeniorOfficers() {
        given().auth().oauth2(Tokens.of("officer")).when().get("/fairness").then().statusCode(403);
        given().auth().oauth2(Tokens.of("partner-police")).when().get("/fairness").then().statusCode(403);
        given().auth().oauth2(Tokens.of("senior")).when().get("/fairness").then().statusCode(200);
        given().when().get("/fairness").then().statusCode(401);
    }

    /** An ethnicity code of its own, so that the group holds only this test's people. */
    private static String freshGroup() {
        return "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static Map<String, Object> ethnicity(JsonPath report, String group) {
        return report.getMap("dimensions.ethnicity.find { it.group == '" + group + "' }");
    }

    /**
     * A man of that ethnicity; {@code sentenced}: followed up from January 2023; {@code reconvicted}: within a year,
     * and re-sentenced for it.
     */
    private static String person(boolean sentenced, boolean reconvicted, String ethnicity) {
        String crn = "F" + String.format("%06d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L));
        UUID registration = UuidV7.next();
        // as case-service publishes it: the ethnicity only on the restricted monitoring topic
        caseService.send(registration, "probation-case.person.registered", crn, 1, """
                {"crn":"%s","firstName":"A","lastName":"B","dateOfBirth":"1980-01-01","sex":"MALE"}""".formatted(crn));
        monitoring.send(registration, "probation-case.person.registered", crn, 1, """
                {"crn":"%s","dateOfBirth":"1980-01-01","sex":"MALE","ethnicity":"%s"}""".formatted(crn, ethnicity));
        if (sentenced) {
            caseService.send(UuidV7.next(), "probation-case.criminal-history.recorded", crn, 2,
                    "{\"previousSanctions\": 2, \"firstSanctionDate\": \"2000-01-01\", \"previousOffences\": [], \"source\": \"PNC\"}");
            caseService.send(UuidV7.next(), "probation-case.sentence.recorded", crn, 3, """
                    {"sentenceId": "%s", "type": "COMMUNITY_ORDER", "sentenceDate": "2023-01-10", "court": "Leeds",
                     "lengthMonths": 12, "expectedEndDate": "2024-01-10", "requirements": [],
                     "offences": [{"offenceCode": "03801", "offenceDate": "2022-12-01", "group": "Theft and handling",
                                   "category": "x", "description": "x", "violent": false}]}""".formatted(UuidV7.next()));
        }
        if (reconvicted) {
            caseService.send(UuidV7.next(), "probation-case.conviction.recorded", crn, 4, """
                    {"convictionId": "%s", "offenceCode": "03801", "offenceDate": "2023-05-01", "convictionDate": "2023-06-01",
                     "court": "Leeds", "category": "x"}""".formatted(UuidV7.next()));
            // re-sentenced for the new offence: a new start of follow-up
            caseService.send(UuidV7.next(), "probation-case.sentence.recorded", crn, 5, """
                    {"sentenceId": "%s", "type": "COMMUNITY_ORDER", "sentenceDate": "2023-07-01", "court": "Leeds",
                     "lengthMonths": 12, "expectedEndDate": "2024-07-01", "requirements": [],
                     "offences": [{"offenceCode": "03801", "offenceDate": "2023-05-01", "group": "Theft and handling",
                                   "category": "x", "description": "x", "violent": false}]}""".formatted(UuidV7.next()));
        }
        return crn;
    }

    private static JsonPath fairness() {
        return given().auth().oauth2(Tokens.of("auditor")).when().get("/fairness").then().statusCode(200).extract().jsonPath();
    }

    private static String calculated(String crn, String level) {
        var response = given().auth().oauth2(Tokens.of("officer")).when().get("/people/" + crn + "/overrides").then().extract();
        return response.statusCode() == 200 ? response.path("levels." + level + ".calculated") : null;
    }

    /** Tiered, and with the ethnicity the restricted topic brings, which may come before or after the registration. */
    private boolean followed(String crn) {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.PreparedStatement statement = connection.prepareStatement(
                        "SELECT 1 FROM equality_monitoring WHERE crn = ? AND ethnicity IS NOT NULL")) {
            statement.setString(1, crn);
            try (java.sql.ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return given().auth().oauth2(Tokens.of("officer")).when().get("/people/" + crn + "/tier").then().extract()
                .statusCode() == 200;
    }

    private static io.restassured.response.ValidatableResponse post(String user, String path, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json).when().post(path).then()
                .statusCode(201);
    }

    private static Object withoutRatios(Object figures) {
        if (figures instanceof java.util.Map<?, ?> map) {
            java.util.Map<Object, Object> kept = new java.util.TreeMap<>();
            map.forEach((key, value) -> {
                if (!"ratioToOverall".equals(key) && !"flag".equals(key)) {
                    kept.put(key, withoutRatios(value));
                }
            });
            return kept;
        }
        if (figures instanceof java.util.List<?> list) {
            return list.stream().map(FairnessTest::withoutRatios).toList();
        }
        return figures;
    }
}
