-- Compliance at 100,000 people (bench/dashboard): contacts by outcome and enforcement actions by kind, counted per
-- month and team responsible as they are consumed, so a year's figures read a few thousand rows; the days of a
-- range's first and last month still come from the rows themselves, and cases under limited access are taken out.
CREATE TABLE dashboard_compliance_months (
    month  DATE NOT NULL,
    team   TEXT NOT NULL,
    what   TEXT NOT NULL,
    n      BIGINT NOT NULL,
    PRIMARY KEY (month, team, what)
);
INSERT INTO dashboard_compliance_months
SELECT CAST(date_trunc('month', occurred_on) AS DATE), coalesce(team, 'UNALLOCATED'), outcome, count(*)
FROM dashboard_contacts GROUP BY 1, 2, 3;
INSERT INTO dashboard_compliance_months
SELECT CAST(date_trunc('month', on_date) AS DATE), coalesce(team, 'UNALLOCATED'), kind, count(*)
FROM dashboard_actions WHERE kind IN ('WARNING', 'WARNING_WITHDRAWN', 'BREACH', 'NOT_TO_BREACH') GROUP BY 1, 2, 3;
CREATE INDEX dashboard_contacts_by_person ON dashboard_contacts (crn);
