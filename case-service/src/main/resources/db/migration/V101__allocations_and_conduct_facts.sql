-- Who supervises each person (AllocationsProjection), so that conduct events about a member of staff find their cases.
CREATE TABLE allocations (
    crn            TEXT PRIMARY KEY,
    staff_id       TEXT NOT NULL,
    team           TEXT NOT NULL,
    allocated_at   TIMESTAMPTZ NOT NULL,
    flagged_reason TEXT
);
CREATE INDEX allocations_by_staff ON allocations (staff_id);

-- Facts from conduct-service's events (case-service never reads conduct-service's database).
-- 002_d7d6c09e19b6ddeb.txt 7.6-7.7: staff who declared a relationship with a person do not supervise them.
CREATE TABLE staff_relationships (
    staff_id      TEXT NOT NULL,
    crn           TEXT NOT NULL,
    relationship  TEXT NOT NULL,
    declared_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (staff_id, crn)
);

-- 002_d7d6c09e19b6ddeb.txt 4.5: staff whose safeguarding registration is withdrawn are not allocated cases.
CREATE TABLE staff_safeguarding_withdrawals (
    staff_id      TEXT PRIMARY KEY,
    withdrawn_at  TIMESTAMPTZ NOT NULL
);
