-- Declarations and their line manager's decisions (DeclarationsProjection).
CREATE TABLE declarations (
    declaration_id   UUID PRIMARY KEY,
    staff_id         TEXT NOT NULL,
    crn              TEXT NOT NULL,
    relationship     TEXT NOT NULL,
    details          TEXT NOT NULL,
    declared_at      TIMESTAMPTZ NOT NULL,
    decision         TEXT,
    decided_by       TEXT,
    rationale        TEXT
);
CREATE INDEX declarations_by_staff ON declarations (staff_id);
