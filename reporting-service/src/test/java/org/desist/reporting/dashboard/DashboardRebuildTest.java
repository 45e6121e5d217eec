package org.desist.reporting.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.desist.reporting.Calls.CASE_EVENTS;
import static org.desist.reporting.Calls.eventually;
import static org.desist.reporting.Calls.get;
import static org.desist.reporting.Calls.post;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.testing.CloudEventWriter;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's read models rebuilt at an operator's request from the real test topics: everything replayed into
 * emptied tables gives the same figures as before, events published meanwhile are counted once, and while it runs the
 * panels say they are being rebuilt.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_reporting_test"))
class DashboardRebuildTest {

    private static final List<String> PANELS = List.of("caseload", "fairness", "outcomes", "risk", "unpaid-work",
            "reports", "officers");

    @Test
    void anOperatorRebuildsTheReadModelsFromTheTopics_theFiguresAfterAreTheFiguresBefore_eventsArrivingMeanwhileCounted()
            throws Exception {
        DashboardScenario s = DashboardScenario.publishAndAwait();
        assertThat(s.taken()).as("the scenario reached the read models").isTrue();
        String filter = "?from=2023-01-01&team=" + s.team();
        Map<String, String> before = figures(filter);
        JsonPath complianceBefore = DashboardDataTest.json("compliance", filter);

        post("senior", "/admin/dashboard/rebuild").statusCode(403);
        int id = post("operator", "/admin/dashboard/rebuild").statusCode(202).extract().path("id");
        // an event arrives while the topics are replayed
        try (CloudEventWriter cases = new CloudEventWriter(CASE_EVENTS, "/desist/case-service")) {
            cases.send(UUID.randomUUID(), "probation-case.contact.recorded", s.firstMan(), 40, """
                    {"contactId": "%s", "type": "OFFICE_VISIT", "occurredAt": "%sT11:00:00Z", "outcome": "ATTENDED_COMPLIED"}"""
                    .formatted(UUID.randomUUID(), DashboardScenario.today()));
        }
        Response during = given().auth().oauth2(Tokens.of("senior")).get("/dashboard/data/caseload.json" + filter);
        JsonPath rebuild = get("operator", "/admin/dashboard/rebuild").statusCode(200).extract().jsonPath();
        if ("RUNNING".equals(rebuild.getString("state"))) {
            // still running after the panel answered: the panel said it was being rebuilt
            assertThat(during.getHeader(DashboardResource.REBUILDING)).startsWith("rebuild " + id + ":");
            post("operator", "/admin/dashboard/rebuild").statusCode(202).body("id", equalTo(id));
        }

        assertThat(eventually(() -> "DONE".equals(get("operator", "/admin/dashboard/rebuild").statusCode(200)
                .extract().path("state")), Duration.ofMinutes(6))).as("the rebuild finished").isTrue();
        get("operator", "/admin/dashboard/rebuild").statusCode(200).body("id", equalTo(id)).body("lag", equalTo(0));
        int attended = complianceBefore.getInt("total.attended") + 1;
        assertThat(eventually(() -> DashboardDataTest.json("compliance", filter).getInt("total.attended") == attended,
                Duration.ofSeconds(60))).as("the contact published during the rebuild, counted once").isTrue();

        assertThat(figures(filter)).isEqualTo(before);
        JsonPath complianceAfter = DashboardDataTest.json("compliance", filter);
        for (String measure : List.of("failedToAttend", "acceptableAbsences", "unacceptableAbsences", "warnings",
                "warningsWithdrawn", "breachesInitiated", "decisionsNotToBreach")) {
            assertThat(complianceAfter.getInt("total." + measure)).as(measure)
                    .isEqualTo(complianceBefore.getInt("total." + measure));
        }
        Response after = given().auth().oauth2(Tokens.of("senior")).get("/dashboard/data/caseload.json" + filter);
        assertThat(after.getHeader(DashboardResource.REBUILDING)).isNull();
    }

    private static Map<String, String> figures(String filter) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String panel : PANELS) {
            figures.put(panel, get("senior", "/dashboard/data/" + panel + ".json" + filter).statusCode(200).extract()
                    .asString());
        }
        return figures;
    }
}
