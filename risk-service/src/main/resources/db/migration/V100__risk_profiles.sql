-- The facts risk-service keeps per person from case-service's events (it never reads case-service's database).
CREATE TABLE risk_profiles (
    crn              TEXT PRIMARY KEY,
    date_of_birth    DATE,
    sex              TEXT,
    ethnicity        TEXT,
    registered_at    TIMESTAMPTZ,
    last_event_at    TIMESTAMPTZ NOT NULL,
    case_version     BIGINT NOT NULL
);

-- Each contact's latest outcome, so that a corrected outcome is counted once, as corrected.
CREATE TABLE risk_contact_outcomes (
    contact_id       UUID PRIMARY KEY,
    crn              TEXT NOT NULL,
    occurred_at      TIMESTAMPTZ NOT NULL,
    outcome          TEXT NOT NULL
);

CREATE INDEX risk_contact_outcomes_by_person ON risk_contact_outcomes (crn);
