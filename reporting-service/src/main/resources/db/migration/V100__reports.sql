-- Court requests and their reports (ReportsProjection, rebuilt from the log): what court liaison lists by CRN, the
-- requests waiting to be matched, the overdue and the unacknowledged.
CREATE TABLE reports (
    report_id             UUID PRIMARY KEY,
    court                 TEXT NOT NULL,
    hearing_date          DATE NOT NULL,
    crn                   TEXT,
    pnc                   TEXT,
    defendant_name        TEXT,
    charges               TEXT NOT NULL,
    report_type           TEXT NOT NULL,
    via                   TEXT NOT NULL,
    requested_on          DATE NOT NULL,
    due_date              DATE NOT NULL,
    requested_at          TIMESTAMPTZ NOT NULL,
    stage                 TEXT NOT NULL,
    author                TEXT,
    version               INTEGER NOT NULL,
    delivered_version     INTEGER,
    delivered_at          TIMESTAMPTZ,
    acknowledged_version  INTEGER,
    acknowledged_at       TIMESTAMPTZ
);
CREATE INDEX reports_by_crn ON reports (crn);
CREATE INDEX reports_by_pnc ON reports (pnc) WHERE crn IS NULL;
INSERT INTO projections_pending_rebuild (name) VALUES ('reports');
