package org.desist.cases.criminalhistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.desist.cases.CaseApi;
import org.desist.eventstore.EventStore;
import org.desist.testing.LocalPlatform;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class CriminalHistoryTest {

    @Inject
    EventStore store;

    @Test
    void thePoliceRecordAndLaterConvictionsMakeTheHistory_aConvictionWithinNeedToKnowAsTheHistoryIs() {
        String crn = CaseApi.register();
        CaseApi.post("officer", "/people/" + crn + "/criminal-history", """
                {"previousSanctions": 3, "firstSanctionDate": "2008-05-01",
                 "previousOffences": [{"offenceCode": "00101", "offenceDate": "2008-03-01", "convictionDate": "2008-05-01"}]}""")
                .statusCode(201);
        String conviction = """
                {"offenceCode": "00101", "offenceDate": "2026-06-01", "convictionDate": "2026-07-01", "court": "Leeds Crown Court"}""";
        // court liaison's need-to-know is the cases with a court request: this one it records with a purpose (issue 13 §1)
        CaseApi.post("court", "/people/" + crn + "/convictions", conviction).statusCode(403)
                .body("title", equalTo("Not in your need to know"));
        io.restassured.RestAssured.given().auth().oauth2(org.desist.testing.Tokens.of("court"))
                .header("X-Purpose", "conviction at Leeds Crown Court today").contentType("application/json")
                .body(conviction).when().post("/people/" + crn + "/convictions").then().statusCode(201);

        CaseApi.get("/people/" + crn + "/criminal-history").statusCode(200)
                .body("totalSanctions", equalTo(4))
                .body("firstSanctionDate", equalTo("2008-05-01"))
                .body("previousOffences", hasSize(1))
                .body("convictionsSince[0].court", equalTo("Leeds Crown Court"));
        try (TopicReader topic = new TopicReader("desist.case.events.test")) {
            assertThat(topic.await(r -> crn.equals(r.key()) && new String(r.headers().lastHeader("ce_type").value())
                    .equals("probation-case.conviction.recorded"), 1, Duration.ofSeconds(30))).hasSize(1);
        }
    }

    @Test
    void badHistoriesAreRefusedNamingTheField() {
        String crn = CaseApi.register();
        CaseApi.post("officer", "/people/" + crn + "/criminal-history", "{\"previousSanctions\": 2}")
                .statusCode(400).body("field", equalTo("firstSanctionDate"));
        CaseApi.post("officer", "/people/" + crn + "/criminal-history", """
                {"previousSanctions": 1, "firstSanctionDate": "2010-01-01",
                 "previousOffences": [{"offenceCode": "12345", "offenceDate": "2010-01-01", "convictionDate": "2010-01-01"}]}""")
                .statusCode(400).body("field", equalTo("previousOffences[0].offenceCode"));
        CaseApi.post("officer", "/people/" + crn + "/convictions", """
                {"offenceCode": "00101", "offenceDate": "2026-06-01", "convictionDate": "2026-05-01", "court": "x"}""")
                .statusCode(400).body("field", equalTo("convictionDate"));
        CaseApi.post("partner-police", "/people/" + crn + "/convictions", "{}").statusCode(403);
        assertThat(store.readStream(crn)).hasSize(1);
    }
}
