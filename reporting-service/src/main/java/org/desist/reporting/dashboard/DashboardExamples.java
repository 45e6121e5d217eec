package org.desist.reporting.dashboard;

/** What each panel answers, as the OpenAPI document shows it (DashboardResource): one team's figures, counts only. */
final class DashboardExamples {

    static final String CASELOAD = """
            {"from": "2025-11-30", "to": "2026-11-30", "team": "N01", "tiers": ["B2", "D1", "UNTIERED"],
             "teams": [{"team": "N01", "cases": 33, "workload": 273, "byTier": {"B2": 20, "D1": 10, "UNTIERED": 3},
               "officers": [{"staffId": "officer", "cases": 15, "workload": 75, "byTier": {"B2": 5, "D1": 10, "UNTIERED": 0}},
                            {"staffId": "officer2", "cases": 18, "workload": 198, "byTier": {"B2": 15, "D1": 0, "UNTIERED": 3}}]}]}""";
    static final String COMPLIANCE = """
            {"from": "2025-11-30", "to": "2026-11-30", "team": "N01",
             "teams": [{"team": "N01", "attended": 6, "failedToAttend": 3, "acceptableAbsences": 2, "unacceptableAbsences": 1,
                        "warnings": 2, "warningsWithdrawn": 0, "breachesInitiated": 10, "decisionsNotToBreach": 1}],
             "total": {"team": "ALL", "attended": 6, "failedToAttend": 3, "acceptableAbsences": 2, "unacceptableAbsences": 1,
                       "warnings": 2, "warningsWithdrawn": 0, "breachesInitiated": 10, "decisionsNotToBreach": 1}}""";
    static final String FAIRNESS = """
            {"from": "2025-11-30", "to": "2026-11-30", "team": "N01", "people": 35, "minimumGroupSize": 10,
             "significantGroupSize": 100, "roundingBase": 5, "flagAbove": 1.25, "flagBelow": 0.8,
             "overall": {"breachActions": {"suppressed": false, "share": 0.3, "ratioToOverall": 1.0, "flagged": false},
                         "recalls": {"suppressed": true}, "overrides": {"suppressed": true}},
             "dimensions": {"sex": [{"group": "MALE", "suppressed": false, "count": 20, "tooSmallToGeneralise": true,
                                      "rates": {"breachActions": {"suppressed": false, "share": 0.5, "ratioToOverall": 1.65,
                                                                  "flagged": true},
                                                "recalls": {"suppressed": true}, "overrides": {"suppressed": true}},
                                      "flags": ["breachActions above 1.25"]},
                                     {"group": "FEMALE", "suppressed": true}, {"group": "NOT_SPECIFIED", "suppressed": true}],
                            "ethnicity": [], "ageBand": []}}""";
    static final String OUTCOMES = """
            {"from": "2021-11-30", "to": "2026-11-30", "team": "N01", "cohortBy": "quarter", "minimumGroupSize": 10,
             "cohorts": [{"cohort": "2024-Q1", "suppressed": false, "size": 20,
                          "oneYear": {"followedUp": 20, "reoffended": 0.5, "predicted": 0.4},
                          "twoYear": {"followedUp": 20, "reoffended": 0.5, "predicted": 0.55}},
                         {"cohort": "2024-Q3", "suppressed": true}]}""";
    static final String RISK = """
            {"from": "2025-11-30", "to": "2026-11-30", "team": "N01",
             "rosh": {"LOW": 0, "MEDIUM": 12, "HIGH": 4, "VERY_HIGH": 0, "NOT_ASSESSED": 17},
             "tiers": {"B2": 20, "D1": 10, "UNTIERED": 3}, "overrides": {"TIER": {"UP": 1, "DOWN": 0}}}""";
    static final String UNPAID_WORK = """
            {"from": "2025-11-30", "to": "2026-11-30", "team": "N01", "limitMonths": 12, "warningDays": 60,
             "teams": [{"team": "N01", "orders": 33, "hoursOrdered": 3300, "hoursWorked": 412.5, "hoursOutstanding": 2887.5,
                        "nearLimit": 20, "pastLimit": 0}],
             "total": {"team": "ALL", "orders": 33, "hoursOrdered": 3300, "hoursWorked": 412.5, "hoursOutstanding": 2887.5,
                       "nearLimit": 20, "pastLimit": 0}}""";
    static final String REPORTS = """
            {"from": "2025-11-30", "to": "2026-11-30", "team": "N01",
             "teams": [{"team": "N01", "due": 12, "deliveredOnTime": 9, "deliveredLate": 1, "notYetDelivered": 2,
                        "overdue": 1, "unacknowledged": 1}],
             "total": {"team": "ALL", "due": 12, "deliveredOnTime": 9, "deliveredLate": 1, "notYetDelivered": 2,
                       "overdue": 1, "unacknowledged": 1}}""";
    static final String OFFICERS = """
            {"from": "2025-11-30", "to": "2026-11-30", "team": "N01", "minimumOfficers": 4,
             "teams": [{"team": "N01", "officers": 4, "median": 0.3, "interquartileRange": 0.15,
                        "above": [{"staffId": "officer4", "cases": 5, "breachesAndRecalls": 5, "rate": 1.0}]}]}""";
    static final String CSV = "team,staffId,cases,workload,B2,D1,UNTIERED\r\nN01,officer,15,75,5,10,0\r\n";

    private DashboardExamples() {
    }
}
