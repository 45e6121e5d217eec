-- Conflicts of interest beside relationships (no CRN or relationship of their own), and amendments by the declarer
-- (DeclarationsProjection).
ALTER TABLE declarations ALTER COLUMN crn DROP NOT NULL;
ALTER TABLE declarations ALTER COLUMN relationship DROP NOT NULL;
ALTER TABLE declarations ADD COLUMN conflict TEXT;
ALTER TABLE declarations ADD COLUMN agency TEXT;
ALTER TABLE declarations ADD COLUMN amendments INT NOT NULL DEFAULT 0;
ALTER TABLE declarations ADD COLUMN amended_at TIMESTAMPTZ;
ALTER TABLE declarations ADD COLUMN amendment_reason TEXT;
