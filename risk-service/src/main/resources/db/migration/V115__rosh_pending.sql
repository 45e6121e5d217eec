-- RoSH assessments awaiting a senior officer's countersignature (RoshPendingProjection, rebuilt from the log), listed
-- for seniors by the person's team (GET /rosh/pending?team=).
CREATE TABLE rosh_pending (
    assessment_id  UUID PRIMARY KEY,
    crn            TEXT NOT NULL,
    overall_level  TEXT NOT NULL,
    assessed_by    TEXT NOT NULL,
    assessed_at    TIMESTAMPTZ NOT NULL,
    rationale      TEXT NOT NULL
);
CREATE INDEX rosh_pending_by_crn ON rosh_pending (crn);
INSERT INTO projections_pending_rebuild (name) VALUES ('rosh-pending');
