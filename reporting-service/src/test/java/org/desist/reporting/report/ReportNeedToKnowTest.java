package org.desist.reporting.report;

import static io.restassured.RestAssured.given;
import static org.desist.reporting.Calls.CASE_EVENTS;
import static org.desist.reporting.Calls.allocated;
import static org.desist.reporting.Calls.crn;
import static org.desist.reporting.Calls.get;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.desist.reporting.Calls;
import org.desist.testing.CloudEventWriter;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Reports are read on need-to-know, as every person's record (001; issue 14 §4): court liaison by the court's request,
 * staff by their caseload or team; each read is in the access log.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_reporting_test"))
class ReportNeedToKnowTest {

    @Test
    void courtLiaisonReadsTheReportsOfItsRequests_andEveryReadIsInTheAccessLog() {
        String crn = crn();
        String id = allocated(crn);

        get("court", "/reports/" + id).statusCode(200);
        get("officer", "/reports/" + id).statusCode(200);
        get("auditor", "/access-log?crn=" + crn).statusCode(200)
                .body("find { it.subject == 'court' }.basis", equalTo("court-request"))
                .body("find { it.subject == 'court' }.part", equalTo("REPORTS"));
    }

    @Test
    void aReportOnAnotherTeamsCaseNeedsAPurpose_andAnExcludedOfficerIsRefused() throws Exception {
        String crn = crn();
        String id = allocated(crn);
        try (CloudEventWriter caseService = new CloudEventWriter(CASE_EVENTS, "/desist/case-service")) {
            caseService.send(UUID.randomUUID(), "probation-case.case.allocated", crn, 2,
                    "{\"staffId\": \"someone-in-n02\", \"team\": \"N02\"}");
        }
        Calls.eventually(() -> get("senior", "/reports/" + id).extract().statusCode() == 403, Duration.ofSeconds(30));
        get("senior", "/reports/" + id).statusCode(403).body("type", endsWith("need-to-know"));
        given().auth().oauth2(Tokens.of("senior")).header("X-Purpose", "quality assurance cover for N02").when()
                .get("/reports/" + id).then().statusCode(200);
    }
}
