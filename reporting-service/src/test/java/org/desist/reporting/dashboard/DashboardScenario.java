package org.desist.reporting.dashboard;

import static org.desist.reporting.Calls.CASE_EVENTS;
import static org.desist.reporting.Calls.RISK_EVENTS;
import static org.desist.reporting.Calls.crn;
import static org.desist.reporting.Calls.get;

import io.restassured.path.json.JsonPath;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.desist.testing.CloudEventWriter;

/**
 * One team of a fresh name, published to the reporting-service's test topics as case-service and risk-service would:
 * 20 men (W1, tier B2, supervised from 2024-01-15, ten reoffending within a year, ten breached, three recalled),
 * 10 women (A1, tier D1, from 2024-05-10), 3 people of another recorded sex (W1, untiered, from 2024-08-01), over four
 * officers, each ordered 100 hours of unpaid work, one man's tier overridden up; and one case under a restriction list
 * (tier A3, a failed contact) that no panel may count.
 */
record DashboardScenario(String team, List<String> officers, String restrictedCrn, String firstMan) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static DashboardScenario publish() {
        String team = "T" + String.format("%08d", RANDOM.nextInt(100_000_000));
        List<String> officers = List.of(team + "-o1", team + "-o2", team + "-o3", team + "-o4");
        String restricted = crn();
        List<String> men = new ArrayList<>();
        try (CloudEventWriter cases = new CloudEventWriter(CASE_EVENTS, "/desist/case-service");
                CloudEventWriter risk = new CloudEventWriter(RISK_EVENTS, "/desist/risk-service")) {
            for (int i = 0; i < 20; i++) {
                String crn = crn();
                men.add(crn);
                person(cases, risk, crn, "MALE", "W1", team, officers.get(i % 4), "B2", "2024-01-15");
            }
            for (int i = 0; i < 10; i++) {
                person(cases, risk, crn(), "FEMALE", "A1", team, officers.get(0), "D1", "2024-05-10");
            }
            for (int i = 0; i < 3; i++) {
                person(cases, risk, crn(), "NOT_SPECIFIED", "W1", team, officers.get(1), null, "2024-08-01");
            }
            for (int i = 0; i < 10; i++) {
                cases.send(UUID.randomUUID(), "probation-case.conviction.recorded", men.get(i), 20, """
                        {"convictionId": "%s", "offenceCode": "05600", "offenceDate": "2024-06-01",
                         "convictionDate": "2024-09-01", "court": "Leeds Crown Court", "category": "Theft"}"""
                        .formatted(UUID.randomUUID()));
                cases.send(UUID.randomUUID(), "enforcement.breach.initiated", men.get(i), 21, """
                        {"breachId": "%s", "rationale": "second unacceptable absence"}""".formatted(UUID.randomUUID()));
            }
            for (int i : new int[] {11, 15, 19}) {
                cases.send(UUID.randomUUID(), "probation-case.licence.recalled", men.get(i), 22, """
                        {"sentenceId": "%s", "recalledOn": "%s", "rationale": "contact with the victim"}"""
                        .formatted(UUID.randomUUID(), today()));
            }
            String[] outcomes = {"ATTENDED_COMPLIED", "ATTENDED_COMPLIED", "ATTENDED_COMPLIED", "ATTENDED_COMPLIED",
                    "ATTENDED_COMPLIED", "ATTENDED_COMPLIED", "FAILED_TO_ATTEND", "FAILED_TO_ATTEND", "FAILED_TO_ATTEND",
                    "ACCEPTABLE_ABSENCE", "ACCEPTABLE_ABSENCE", "UNACCEPTABLE_ABSENCE"};
            for (int i = 0; i < outcomes.length; i++) {
                contact(cases, men.get(i), outcomes[i]);
            }
            cases.send(UUID.randomUUID(), "enforcement.warning.issued", men.get(6), 23, """
                    {"warningId": "%s", "contactId": "%s", "failureAt": "%sT10:00:00Z"}"""
                    .formatted(UUID.randomUUID(), UUID.randomUUID(), today()));
            cases.send(UUID.randomUUID(), "enforcement.warning.issued", men.get(7), 23, """
                    {"warningId": "%s", "contactId": "%s", "failureAt": "%sT10:00:00Z"}"""
                    .formatted(UUID.randomUUID(), UUID.randomUUID(), today()));
            risk.send(UUID.randomUUID(), "risk-assessment.override.countersigned", men.get(0), 3, """
                    {"crn": "%s", "overrideId": "%s", "level": "TIER", "value": "B2", "calculated": "C2",
                     "comments": "agreed on the evidence"}""".formatted(men.get(0), UUID.randomUUID()));
            cases.send(UUID.randomUUID(), "enforcement.breach-decision.recorded", men.get(8), 24, """
                    {"decision": "NOT_TO_BREACH", "rationale": "in hospital on both dates"}""");

            person(cases, risk, restricted, "MALE", "W1", team, officers.get(2), "A3", "2024-01-20");
            contact(cases, restricted, "FAILED_TO_ATTEND");
            cases.send(UUID.randomUUID(), "probation-case.access.restricted", restricted, 30, """
                    {"excluded": ["officer-17"], "restrictedTo": [], "from": "%s",
                     "message": "Contact the case's manager."}""".formatted(today()));
        }
        return new DashboardScenario(team, officers, restricted, men.getFirst());
    }

    /** Publishes the scenario and waits (two minutes at most: a busy machine) until every panel's read model holds it. */
    static DashboardScenario publishAndAwait() throws InterruptedException {
        DashboardScenario published = publish();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline) && !published.taken()) {
            Thread.sleep(300);
        }
        return published;
    }

    /** Whether the read models hold the whole scenario (its events reach them in any order across people). */
    boolean taken() {
        String filter = "?team=" + team;
        try {
            return json("caseload", filter).getInt("teams[0].cases") == 33
                    && json("compliance", filter).getInt("total.decisionsNotToBreach") == 1
                    && json("compliance", filter).getInt("total.attended") == 6
                    && json("compliance", filter).getInt("total.breachesInitiated") == 10
                    && json("outcomes", filter + "&from=2023-01-01").getList("cohorts").size() == 3
                    && json("outcomes", filter + "&from=2023-01-01").getInt("cohorts[0].oneYear.followedUp") == 20
                    && json("fairness", filter).getInt("people") == 35
                    && json("officers", filter).getList("teams[0].above").size() == 1
                    && json("risk", filter).getInt("overrides.TIER.UP") == 1
                    && json("unpaid-work", filter + "&from=2023-01-01").getInt("total.orders") == 33;
        } catch (RuntimeException | AssertionError notYet) {
            return false;
        }
    }

    private static JsonPath json(String panel, String query) {
        return get("senior", "/dashboard/data/" + panel + ".json" + query).statusCode(200).extract().jsonPath();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static void person(CloudEventWriter cases, CloudEventWriter risk, String crn, String sex, String ethnicity,
            String team, String officer, String tier, String sentenced) {
        cases.send(UUID.randomUUID(), "probation-case.person.registered", crn, 1, """
                {"crn": "%s", "firstName": "Sam", "lastName": "Example", "dateOfBirth": "1990-01-01", "sex": "%s",
                 "ethnicity": "%s"}""".formatted(crn, sex, ethnicity));
        cases.send(UUID.randomUUID(), "probation-case.case.allocated", crn, 2, """
                {"staffId": "%s", "team": "%s", "reason": "first allocation"}""".formatted(officer, team));
        cases.send(UUID.randomUUID(), "probation-case.sentence.recorded", crn, 3, """
                {"sentenceId": "%s", "type": "COMMUNITY_ORDER", "sentenceDate": "%s", "lengthMonths": 24,
                 "requirements": [{"requirementId": "%s", "type": "UNPAID_WORK", "hours": 100}]}"""
                .formatted(UUID.randomUUID(), sentenced, UUID.randomUUID()));
        risk.send(UUID.randomUUID(), "risk-assessment.scores.determined", crn, 1, """
                {"crn": "%s", "ogrs3": {"oneYearPercent": 40, "twoYearPercent": 55, "band": "MEDIUM",
                 "oneYearProbability": 0.4, "twoYearProbability": 0.55}}""".formatted(crn));
        if (tier != null) {
            risk.send(UUID.randomUUID(), "tier.in-force.changed", crn, 2, """
                    {"crn": "%s", "tier": "%s"}""".formatted(crn, tier));
        }
    }

    private static void contact(CloudEventWriter cases, String crn, String outcome) {
        cases.send(UUID.randomUUID(), "probation-case.contact.recorded", crn, 10, """
                {"contactId": "%s", "type": "OFFICE_VISIT", "occurredAt": "%sT10:00:00Z", "outcome": "%s"}"""
                .formatted(UUID.randomUUID(), today(), outcome));
    }
}
