package org.desist.cases.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.desist.cases.CaseApi;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class SentencePlanTest {

    @Inject
    EventStore store;

    @Test
    void objectivesReferralsAndReviewsWithThePersonsView_000_3_4_and_4_2() {
        String crn = CaseApi.register();
        String base = "/people/" + crn + "/plan";
        String objective = CaseApi.post("officer", base + "/objectives",
                "{\"need\": \"ACCOMMODATION\", \"description\": \"settled address within 3 months\"}")
                .statusCode(201).extract().path("objectiveId");
        String referral = CaseApi.post("officer", base + "/referrals", """
                {"objectiveId": "%s", "agency": "housing-1", "service": "tenancy support", "reason": "no fixed abode"}"""
                .formatted(objective)).statusCode(201).extract().path("referralId");
        CaseApi.post("officer", base + "/referrals/" + referral + "/outcome",
                "{\"outcome\": \"ACCEPTED\", \"notes\": \"keyworker assigned\"}").statusCode(201);
        CaseApi.post("officer", base + "/referrals/" + referral + "/outcome",
                "{\"outcome\": \"DECLINED\", \"notes\": \"x\"}").statusCode(409).body("type", endsWith("referral-outcome-recorded"));

        CaseApi.post("officer", base + "/reviews", """
                {"reviewedOn": "2026-06-01", "progress": [{"objectiveId": "%s", "status": "IN_PROGRESS"}],
                 "summary": "bidding for a flat", "personsView": ""}""".formatted(objective))
                .statusCode(400).body("field", equalTo("personsView"));
        CaseApi.post("officer", base + "/reviews", """
                {"reviewedOn": "2026-06-01", "progress": [{"objectiveId": "%s", "status": "IN_PROGRESS"}],
                 "summary": "bidding for a flat", "personsView": "I want to be near my daughter"}""".formatted(objective))
                .statusCode(201);

        CaseApi.get(base).statusCode(200)
                .body("objectives.'" + objective + "'.status", equalTo("IN_PROGRESS"))
                .body("referrals.'" + referral + "'.outcome.outcome", equalTo("ACCEPTED"))
                .body("reviews[0].personsView", equalTo("I want to be near my daughter"));
        List<String> types = store.readStream(crn).stream().map(StoredEvent::type).toList();
        assertThat(types).containsSubsequence("probation-case.plan-objective.set", "probation-case.referral.made",
                "probation-case.referral.outcome-recorded", "probation-case.plan.reviewed");
    }

    @Test
    void aLoneContactNamesTheObjectiveOfThePlanItServes_002_7_8() {
        String crn = CaseApi.register();
        String objective = CaseApi.post("officer", "/people/" + crn + "/plan/objectives",
                "{\"need\": \"DRUGS\", \"description\": \"engage with treatment\"}").statusCode(201).extract().path("objectiveId");
        String lone = """
                {"type": "HOME_VISIT", "occurredAt": "2026-01-05T10:00:00Z", "outcome": "ATTENDED_COMPLIED", "notes": "visit",
                 "loneContact": true, "loneContactReason": "planned home visit", "planObjectiveId": "%s"}""";

        CaseApi.recordContact(crn, lone.formatted("0190f2a0-0000-7000-8000-000000000000"))
                .statusCode(400).body("field", equalTo("planObjectiveId"));
        CaseApi.recordContact(crn, lone.formatted(objective)).statusCode(201);

        assertThat(store.readStream(crn).getLast().payload().get("planObjectiveId").asText()).isEqualTo(objective);
    }
}
