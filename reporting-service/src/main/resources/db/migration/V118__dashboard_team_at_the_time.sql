-- Every allocation of a case, not only the last (DashboardFacts.allocated): a panel counts each thing for the team
-- responsible when it happened or was in force, and a fact that reaches the dashboard before its case's allocation (the
-- risk topic is not ordered with the case topic) is put right when the allocation arrives. valid_from is null for a
-- case's first allocation: what happened before it belongs to the team that took the case on (Responsibility).
CREATE TABLE dashboard_allocations (
    source          TEXT NOT NULL,
    event_id        TEXT NOT NULL,
    crn             TEXT NOT NULL,
    allocated_at    TIMESTAMPTZ NOT NULL,
    stream_version  BIGINT NOT NULL,
    allocated_on    DATE NOT NULL,
    staff_id        TEXT NOT NULL,
    team            TEXT NOT NULL,
    valid_from      DATE,
    valid_until     DATE,
    PRIMARY KEY (source, event_id)
);
CREATE INDEX dashboard_allocations_by_person ON dashboard_allocations (crn, valid_from) INCLUDE (valid_until, team, staff_id, allocated_on);
CREATE INDEX dashboard_allocations_by_team ON dashboard_allocations (team, crn);

-- The allocations known so far, one a case, until a rebuild replays the rest.
INSERT INTO dashboard_allocations (source, event_id, crn, allocated_at, stream_version, allocated_on, staff_id, team)
SELECT 'V118', crn, crn, allocated_on, 0, allocated_on, staff_id, team FROM dashboard_people
WHERE staff_id IS NOT NULL AND team IS NOT NULL AND allocated_on IS NOT NULL;
