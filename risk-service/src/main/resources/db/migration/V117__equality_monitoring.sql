-- Ethnicity, special-category data, arrives on case-service's restricted topic desist.case.monitoring and is kept
-- apart from the risk profile: only fairness monitoring reads it, and its own consumer writes it without racing the
-- consumer of the shared topic for the profile's row.
CREATE TABLE equality_monitoring (
    crn       TEXT PRIMARY KEY,
    ethnicity TEXT
);
INSERT INTO equality_monitoring (crn, ethnicity)
    SELECT crn, ethnicity FROM risk_profiles WHERE ethnicity IS NOT NULL;
ALTER TABLE risk_profiles DROP COLUMN ethnicity;
