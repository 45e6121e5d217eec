-- Leavers stay on the staff register (StaffProjection), marked by the day they left.
ALTER TABLE staff ADD COLUMN left_on DATE;
CREATE INDEX staff_by_line_manager ON staff (line_manager);

-- The board members' register of interests (BoardRegisterProjection), kept by the board secretary
-- (002_d7d6c09e19b6ddeb.txt, board code 2.vi and 8).
CREATE TABLE board_interests (
    interest_id    UUID PRIMARY KEY,
    member_id      TEXT NOT NULL,
    kind           TEXT NOT NULL,
    details        TEXT NOT NULL,
    interest_date  DATE NOT NULL,
    status         TEXT NOT NULL,
    declared_at    TIMESTAMPTZ NOT NULL,
    changed_at     TIMESTAMPTZ NOT NULL,
    ended_on       DATE,
    reason         TEXT
);
CREATE INDEX board_interests_by_member ON board_interests (member_id);

-- Reports of a board member's failure to comply with the code, and their outcomes (board code 9): for the board
-- secretary only.
CREATE TABLE board_failure_reports (
    report_id    UUID PRIMARY KEY,
    member_id    TEXT NOT NULL,
    details      TEXT NOT NULL,
    reported_by  TEXT NOT NULL,
    reported_at  TIMESTAMPTZ NOT NULL,
    outcome      TEXT,
    consulted    TEXT,
    rationale    TEXT,
    decided_by   TEXT
);
