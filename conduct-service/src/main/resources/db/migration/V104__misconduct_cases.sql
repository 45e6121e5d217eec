-- The misconduct register (MisconductProjection, rebuilt from the log): one row a case, for the conduct officer's
-- list. As private as the cases themselves.
CREATE TABLE misconduct_cases (
    case_id       UUID PRIMARY KEY,
    staff_id      TEXT NOT NULL,
    stage         TEXT NOT NULL,
    alleged_at    TIMESTAMPTZ NOT NULL,
    investigator  TEXT,
    outcome       TEXT,
    concluded_at  TIMESTAMPTZ
);
CREATE INDEX misconduct_cases_by_staff ON misconduct_cases (staff_id);
INSERT INTO projections_pending_rebuild (name) VALUES ('misconduct-cases');
