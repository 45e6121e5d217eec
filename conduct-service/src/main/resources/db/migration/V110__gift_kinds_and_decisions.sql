-- 002 7.4: what kind of benefit, to whom, whether given or received, and the line manager's decision on one above
-- nominal value. Rows written before read as a gift received by the employee.
ALTER TABLE gift_register
    ADD COLUMN kind          TEXT NOT NULL DEFAULT 'GIFT',
    ADD COLUMN offered_to    TEXT NOT NULL DEFAULT 'EMPLOYEE',
    ADD COLUMN direction     TEXT NOT NULL DEFAULT 'RECEIVED',
    ADD COLUMN line_manager  TEXT,
    ADD COLUMN rationale     TEXT,
    ADD COLUMN decided_by    TEXT;
UPDATE gift_register SET status = 'PENDING' WHERE status = 'AWAITING_LINE_MANAGER';
CREATE INDEX gift_register_staff ON gift_register (staff_id);
