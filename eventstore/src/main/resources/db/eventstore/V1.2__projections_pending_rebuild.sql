-- Projections a migration asks to have rebuilt: a service's migration that adds or changes a read model inserts
-- its projection's name here, and the service replays the log into it when it next starts (Projections).
CREATE TABLE projections_pending_rebuild (
    name          TEXT PRIMARY KEY,
    requested_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
