-- The dashboard's read models (DashboardConsumer): what case-service and risk-service publish, reduced to what the
-- panels count. Kept from consumed events like person_facts; no names are kept, only the groups people are counted in.
CREATE TABLE dashboard_people (
    crn                TEXT PRIMARY KEY,
    sex                TEXT,
    ethnicity          TEXT,
    date_of_birth      DATE,
    staff_id           TEXT,
    team               TEXT,
    allocated_on       DATE,
    tier               TEXT,
    rosh               TEXT,
    supervision_start  DATE,
    ogrs3_one_year     DOUBLE PRECISION,
    ogrs3_two_year     DOUBLE PRECISION
);
CREATE INDEX dashboard_people_by_team ON dashboard_people (team, staff_id);

-- One row a contact, its outcome as last corrected.
CREATE TABLE dashboard_contacts (
    contact_id   TEXT PRIMARY KEY,
    crn          TEXT NOT NULL,
    occurred_on  DATE NOT NULL,
    outcome      TEXT NOT NULL
);
CREATE INDEX dashboard_contacts_by_date ON dashboard_contacts (occurred_on);

-- Enforcement, recalls, overrides and new offences: one row an event, on the date it bears.
CREATE TABLE dashboard_actions (
    source    TEXT NOT NULL,
    event_id  TEXT NOT NULL,
    crn       TEXT NOT NULL,
    kind      TEXT NOT NULL,
    on_date   DATE NOT NULL,
    detail    TEXT,
    PRIMARY KEY (source, event_id)
);
CREATE INDEX dashboard_actions_by_kind ON dashboard_actions (kind, on_date, crn);

-- Unpaid work requirements: hours ordered (from the sentence) and worked (each session logged).
CREATE TABLE dashboard_unpaid_work (
    requirement_id  TEXT PRIMARY KEY,
    crn             TEXT NOT NULL,
    ordered_on      DATE,
    hours_ordered   INTEGER NOT NULL DEFAULT 0,
    hours_worked    NUMERIC NOT NULL DEFAULT 0,
    completed       BOOLEAN NOT NULL DEFAULT false
);
