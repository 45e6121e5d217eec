-- A declaration withdrawn, or whose relationship has ended, no longer stands (DeclarationsProjection).
ALTER TABLE declarations ADD COLUMN ended TEXT;
