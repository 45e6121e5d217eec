package org.desist.risk.fairness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import org.junit.jupiter.api.Test;

/** Fairness monitoring (000_c72660e7df92b92e.txt 3.1, 8.4): disparities flagged, small groups suppressed, calibration. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_risk_test"))
class FairnessTest {

    private static CloudEventWriter caseService;

    @Inject
    Projections projections;

    @BeforeAll
    static void connect() {
        caseService = new CloudEventWriter("desist.case.events.test", "/desist/case-service");
    }

    @AfterAll
    static void disconnect() {
        caseService.close();
    }

    @Test
    void aGroupAssessedHigherThanOthersIsFlaggedSmallGroupsAreSuppressedAndOgrs3IsCalibrated_000_3_1_and_8_4() {
        List<String> group = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            group.add(person(i < 6, i < 3));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> group.stream().allMatch(crn -> tierStatus(crn) == 200));
        for (String crn : group) {
            String id = post("officer", "/people/" + crn + "/rosh", """
                    {"levels": {"PUBLIC": "HIGH"}, "natureOfRisk": "x", "whoIsAtRisk": "public", "whenGreatest": "x",
                     "whatReduces": "x", "evidence": "x", "rationale": "x"}""").extract().path("assessmentId");
            post("senior", "/people/" + crn + "/rosh/" + id + "/countersignature", "{\"comments\": \"agreed\"}");
        }

        JsonPath report = given().auth().oauth2(Tokens.of("auditor")).when().get("/fairness").then().statusCode(200)
                .extract().jsonPath();

        Map<String, Object> o2 = report.getMap("dimensions.ethnicity.find { it.group == 'O2' }");
        assertThat((Integer) o2.get("count")).isGreaterThanOrEqualTo(12);
        assertThat(o2.get("suppressed")).isEqualTo(false);
        assertThat(report.getFloat("dimensions.ethnicity.find { it.group == 'O2' }.distributions.rosh.HIGH.share"))
                .isEqualTo(1.0f);
        assertThat(report.getList("dimensions.ethnicity.find { it.group == 'O2' }.flags", String.class))
                .anyMatch(flag -> flag.startsWith("rosh HIGH"));
        List<Map<String, Object>> all = new ArrayList<>();
        for (String dimension : List.of("sex", "ethnicity", "ageBand")) {
            all.addAll(report.getList("dimensions." + dimension));
        }
        assertThat(all).filteredOn(g -> (Integer) g.get("count") < 10)
                .allSatisfy(g -> assertThat(g.get("suppressed")).isEqualTo(true))
                .allSatisfy(g -> assertThat(g.get("distributions")).isEqualTo(Map.of()));

        double predicted = Ogrs3.calculate(new Ogrs3Inputs(Sex.MALE, LocalDate.of(1980, 1, 1), LocalDate.of(2023, 1, 10),
                LocalDate.of(2023, 1, 10), 20, 3, OffenceCategory.THEFT_NON_MOTOR)).oneYearProbability();
        assertThat(report.getFloat("dimensions.ethnicity.find { it.group == 'O2' }.oneYear.reconvicted"))
                .isCloseTo(0.5f, within(1e-6f));
        assertThat(report.getDouble("dimensions.ethnicity.find { it.group == 'O2' }.oneYear.meanPredicted"))
                .isCloseTo(predicted, within(1e-9));
    }

    @Test
    void overridesOfTheOgrs3BandAreCountedByDirectionAndTheReportStandsAfterARebuild_000_3_1_and_8_4() {
        List<String> group = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            group.add(person(true, false, "O9"));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> group.stream().allMatch(crn -> band(crn) != null));
        for (String crn : group) {
            String overriding = band(crn).equals("VERY_HIGH") ? "LOW" : "VERY_HIGH";
            String id = post("officer", "/people/" + crn + "/overrides", "{\"level\": \"OGRS3_BAND\", \"value\": \""
                    + overriding + "\", \"rationale\": \"escalating behaviour the static score cannot see\"}")
                    .extract().path("overrideId");
            post("senior", "/people/" + crn + "/overrides/" + id + "/countersignature", "{\"comments\": \"agreed\"}");
        }
        String upOrDown = band(group.getFirst()).equals("VERY_HIGH") ? "down" : "up";
        String o9 = "dimensions.ethnicity.find { it.group == 'O9' }";

        JsonPath report = fairness();
        assertThat(report.getFloat(o9 + ".overrides.OGRS3_BAND.rate.share")).isEqualTo(1.0f);
        assertThat(report.getFloat(o9 + ".overrides.OGRS3_BAND." + upOrDown + ".share")).isEqualTo(1.0f);
        assertThat(report.getFloat(o9 + ".overrides.TIER.rate.share")).isEqualTo(0.0f);
        assertThat(report.getList(o9 + ".flags", String.class)).anyMatch(flag -> flag.startsWith("ogrs3 band overrides:"));

        projections.rebuild("fairness-subjects");
        JsonPath rebuilt = fairness();
        assertThat(rebuilt.getInt(o9 + ".count")).isEqualTo(report.getInt(o9 + ".count"));
        assertThat(rebuilt.getMap(o9 + ".distributions")).isEqualTo(report.getMap(o9 + ".distributions"));
        assertThat(rebuilt.getFloat(o9 + ".overrides.OGRS3_BAND." + upOrDown + ".share")).isEqualTo(1.0f);
    }

    @Test
    void fairnessIsForAuditorsAndSeniorOfficers() {
        given().auth().oauth2(Tokens.of("officer")).when().get("/fairness").then().statusCode(403);
        given().auth().oauth2(Tokens.of("partner-police")).when().get("/fairness").then().statusCode(403);
        given().auth().oauth2(Tokens.of("senior")).when().get("/fairness").then().statusCode(200);
        given().when().get("/fairness").then().statusCode(401);
    }

    private static String person(boolean sentenced, boolean reconvicted) {
        return person(sentenced, reconvicted, "O2");
    }

    /** A man of that ethnicity; {@code sentenced}: followed up from January 2023; {@code reconvicted}: within a year. */
    private static String person(boolean sentenced, boolean reconvicted, String ethnicity) {
        String crn = "F" + String.format("%06d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L));
        caseService.send(UuidV7.next(), "probation-case.person.registered", crn, 1, """
                {"crn":"%s","firstName":"A","lastName":"B","dateOfBirth":"1980-01-01","sex":"MALE","ethnicity":"%s",
                 "equality":{}}""".formatted(crn, ethnicity));
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
        }
        return crn;
    }

    private static JsonPath fairness() {
        return given().auth().oauth2(Tokens.of("auditor")).when().get("/fairness").then().statusCode(200).extract().jsonPath();
    }

    private static String band(String crn) {
        var response = given().auth().oauth2(Tokens.of("officer")).when().get("/people/" + crn + "/overrides").then().extract();
        return response.statusCode() == 200 ? response.path("levels.OGRS3_BAND.calculated") : null;
    }

    private static int tierStatus(String crn) {
        return given().auth().oauth2(Tokens.of("officer")).when().get("/people/" + crn + "/tier").then().extract().statusCode();
    }

    private static io.restassured.response.ValidatableResponse post(String user, String path, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json).when().post(path).then()
                .statusCode(201);
    }
}
