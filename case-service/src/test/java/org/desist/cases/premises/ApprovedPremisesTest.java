package org.desist.cases.premises;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.desist.cases.CaseApi;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class ApprovedPremisesTest {

    @Test
    void aPlacementGoesFromReferralToBookingArrivalAndDepartureInThatOrder() {
        String crn = CaseApi.register();
        String base = "/people/" + crn + "/approved-premises";
        String referral = CaseApi.post("officer", base, "{\"reason\": \"release with no address\", \"neededFrom\": \"2026-12-01\"}")
                .statusCode(201).extract().path("referralId");

        CaseApi.post("officer", base + "/" + referral + "/arrival", "{\"arrivedOn\": \"2026-11-01\"}")
                .statusCode(409).body("type", endsWith("approved-premises-referred"));
        CaseApi.post("officer", base + "/" + referral + "/placement",
                "{\"premises\": \"Elm House\", \"expectedArrival\": \"2026-12-01\"}").statusCode(201);
        CaseApi.post("officer", base + "/" + referral + "/arrival", "{\"arrivedOn\": \"2026-11-20\"}").statusCode(201);
        CaseApi.post("officer", base + "/" + referral + "/departure",
                "{\"departedOn\": \"2026-11-21\", \"reason\": \"moved to move-on accommodation\"}").statusCode(201);

        CaseApi.get(base).statusCode(200).body("[0].stage", equalTo("DEPARTED")).body("[0].premises", equalTo("Elm House"));
        CaseApi.post("officer", base + "/0190f2a0-0000-7000-8000-000000000000/placement",
                "{\"premises\": \"x\", \"expectedArrival\": \"2026-12-01\"}").statusCode(404);
    }
}
