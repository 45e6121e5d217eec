-- The chief executive's register of convictions and cautions reported by staff, with the conduct officer's review
-- (ConvictionRegisterProjection; 002_d7d6c09e19b6ddeb.txt 4.4).
CREATE TABLE conviction_register (
    report_id      UUID PRIMARY KEY,
    staff_id       TEXT NOT NULL,
    kind           TEXT NOT NULL,
    details        TEXT NOT NULL,
    occurred_on    DATE NOT NULL,
    reported_at    TIMESTAMPTZ NOT NULL,
    reported_by    TEXT NOT NULL,
    outcome        TEXT,
    rationale      TEXT,
    reviewed_by    TEXT,
    reviewed_at    TIMESTAMPTZ
);
CREATE INDEX conviction_register_by_staff ON conviction_register (staff_id);
