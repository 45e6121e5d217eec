-- A full walk of the log over its hash chain runs in the background, one at a time per service (FullVerifications).
-- Its progress is kept here, so that any instance can report it; a walk whose instance stopped is found by its
-- heartbeat going stale and marked failed.
CREATE TABLE audit_full_verifications (
    id                      BIGSERIAL   PRIMARY KEY,
    state                   TEXT        NOT NULL CHECK (state IN ('running', 'finished', 'failed')),
    started_by              TEXT        NOT NULL,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    heartbeat_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at             TIMESTAMPTZ,
    total                   BIGINT,
    checked                 BIGINT      NOT NULL DEFAULT 0,
    valid                   BOOLEAN,
    first_invalid_position  BIGINT,
    problem                 TEXT
);
CREATE UNIQUE INDEX audit_full_verification_running ON audit_full_verifications ((true)) WHERE state = 'running';
