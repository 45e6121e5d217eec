-- The board's roster (BoardRosterProjection): who the board secretary appointed, and when they stood down.
CREATE TABLE board_members (
    member_id      TEXT PRIMARY KEY,
    appointed_on   DATE NOT NULL,
    stood_down_on  DATE,
    changed_at     TIMESTAMPTZ NOT NULL
);
