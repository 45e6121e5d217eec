package org.desist.conduct;

import static org.desist.conduct.Calls.get;
import static org.desist.conduct.Calls.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

/**
 * Each member of staff reads all their own records — declarations, gifts, training, outside work, conviction reports —
 * and nobody else's (issue 12, section 2).
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class OwnRecordsTest {

    @Test
    void eachMemberOfStaffReadsAllTheirOwnRecordsAndNobodyElses() {
        String mark = UUID.randomUUID().toString();
        Records officer = record("officer", mark);
        Records senior = record("senior", mark);

        read("officer", officer, senior);
        read("senior", senior, officer);
        get("pop", "/declarations/mine").statusCode(403);
        get("partner-police", "/convictions/mine").statusCode(403);
    }

    private record Records(String declarationId, String course, String requestId, String reportId, String gift) {
    }

    private static Records record(String user, String mark) {
        String declarationId = post(user, "/declarations/conflicts", """
                {"staffId": "%s", "conflict": "FINANCIAL_INTEREST", "details": "shares %s"}""".formatted(user, mark))
                .statusCode(201).extract().path("declarationId");
        String course = "first aid " + user + " " + mark;
        post(user, "/training/completions", """
                {"staffId": "%s", "course": "%s", "completedOn": "2026-11-01"}""".formatted(user, course)).statusCode(201);
        String requestId = post(user, "/outside-work", """
                {"staffId": "%s", "kind": "BUSINESS_INTEREST", "description": "a bakery %s"}""".formatted(user, mark))
                .statusCode(201).extract().path("requestId");
        String reportId = post(user, "/convictions", """
                {"staffId": "%s", "kind": "CAUTION", "details": "speeding %s", "date": "2026-09-01"}"""
                .formatted(user, mark)).statusCode(201).extract().path("reportId");
        String gift = "a diary " + user + " " + mark;
        post(user, "/gifts", """
                {"staffId": "%s", "kind": "GIFT", "donorType": "SUPPLIER", "description": "%s", "value": 5,
                 "offeredAt": "2026-11-20T15:00:00Z", "decision": "ACCEPTED"}""".formatted(user, gift)).statusCode(201);
        return new Records(declarationId, course, requestId, reportId, gift);
    }

    private static void read(String user, Records own, Records others) {
        get(user, "/declarations/mine").statusCode(200).body("declarationId", hasItem(own.declarationId()))
                .body("declarationId", not(hasItem(others.declarationId())))
                .body("staffId.unique()", equalTo(List.of(user)));
        get(user, "/training/mine").statusCode(200).body("completions.course", hasItem(own.course()))
                .body("completions.course", not(hasItem(others.course())));
        get(user, "/outside-work/mine").statusCode(200).body("requests", hasKey(own.requestId()))
                .body("requests", not(hasKey(others.requestId())));
        get(user, "/convictions/mine").statusCode(200).body("reports", hasKey(own.reportId()))
                .body("reports", not(hasKey(others.reportId())));
        get(user, "/gifts/mine").statusCode(200).body("description", hasItem(own.gift()))
                .body("description", not(hasItem(others.gift())));
    }
}
