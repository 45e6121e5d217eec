-- Need-to-know (NeedToKnow): who may open each person's case, learnt from case-service's events in every service —
-- the allocation, an exclusion or restriction list, and the agreements that share parts of the case with partner
-- agencies — and the access log, its own hash-chained log of every read of a person's record, granted or refused.
CREATE TABLE case_access (
    crn                   TEXT PRIMARY KEY,
    staff_id              TEXT,
    team                  TEXT,
    excluded              TEXT[] NOT NULL DEFAULT '{}',
    restricted_to         TEXT[] NOT NULL DEFAULT '{}',
    restricted_from       DATE,
    restricted_until      DATE,
    restriction_message   TEXT,
    court_requested       BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE case_sharing (
    agreement_id  UUID PRIMARY KEY,
    crn           TEXT NOT NULL,
    agency        TEXT NOT NULL,
    scope         TEXT[] NOT NULL,
    basis         TEXT NOT NULL,
    expires_on    DATE NOT NULL,
    withdrawn     BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX case_sharing_by_crn ON case_sharing (crn);
CREATE INDEX case_sharing_by_agency ON case_sharing (agency) WHERE NOT withdrawn;

CREATE TABLE access_log (
    id             BIGSERIAL PRIMARY KEY,
    at             TIMESTAMPTZ NOT NULL,
    subject        TEXT NOT NULL,
    name           TEXT,
    role           TEXT NOT NULL,
    team           TEXT,
    agency         TEXT,
    crn            TEXT NOT NULL,
    part           TEXT NOT NULL,
    operation      TEXT NOT NULL,
    granted        BOOLEAN NOT NULL,
    basis          TEXT NOT NULL,
    purpose        TEXT,
    previous_hash  BYTEA,
    hash           BYTEA NOT NULL
);
CREATE INDEX access_log_by_crn ON access_log (crn, at);
CREATE INDEX access_log_by_subject ON access_log (subject, at);
CREATE INDEX access_log_break_glass ON access_log (team, at) WHERE basis = 'break-glass';

DO $$
DECLARE
    runtime TEXT := '${runtime_role}';
BEGIN
    IF runtime <> current_user AND EXISTS (SELECT FROM pg_roles WHERE rolname = runtime) THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM %I', runtime);
    END IF;
END $$;
