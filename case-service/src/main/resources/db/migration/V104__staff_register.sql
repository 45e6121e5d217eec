-- The staff register as conduct-service's events tell it (StaffConductFacts): cases go only to members on it, in
-- their own team, and never to a member who has left.
CREATE TABLE staff_register (
    staff_id    TEXT PRIMARY KEY,
    team        TEXT,
    left_on     DATE,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX staff_register_by_team ON staff_register (team) WHERE left_on IS NULL;
