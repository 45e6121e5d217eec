-- Read models of case-service, kept from the event log by PeopleProjection and ContactsProjection.
-- No foreign keys between read models: each is rebuilt from the log on its own.
CREATE TABLE people (
    crn                 TEXT PRIMARY KEY,
    first_name          TEXT NOT NULL,
    last_name           TEXT NOT NULL,
    date_of_birth       DATE NOT NULL,
    sex                 TEXT NOT NULL,
    ethnicity           TEXT,
    pnc_number          TEXT,
    disability          BOOLEAN,
    religion_or_belief  TEXT,
    sexual_orientation  TEXT,
    gender_identity     TEXT,
    registered_at       TIMESTAMPTZ NOT NULL,
    registered_by       TEXT NOT NULL,
    version             BIGINT NOT NULL
);

CREATE TABLE contacts (
    id                  UUID PRIMARY KEY,
    crn                 TEXT NOT NULL,
    type                TEXT NOT NULL,
    occurred_at         TIMESTAMPTZ NOT NULL,
    outcome             TEXT NOT NULL,
    notes               TEXT NOT NULL,
    lone_contact        BOOLEAN NOT NULL,
    lone_contact_reason TEXT,
    recorded_at         TIMESTAMPTZ NOT NULL,
    recorded_by         TEXT NOT NULL,
    corrections         INT NOT NULL DEFAULT 0,
    last_correction_reason TEXT
);

CREATE INDEX contacts_by_person ON contacts (crn, occurred_at DESC);
