-- A projection is either live (appends apply their events to it in their own transaction, so it is always at the
-- head of the log) or being rebuilt: appends then skip it, and the rebuild replays the log into it in batches, each
-- its own transaction, moving (transaction_id, position) with each batch, in commit order. A rebuild cut short
-- leaves state 'rebuilding' and its place here, and resumes from it (Projections). No row means live.
ALTER TABLE projection_checkpoints ADD COLUMN state TEXT NOT NULL DEFAULT 'live'
    CHECK (state IN ('live', 'rebuilding'));
ALTER TABLE projection_checkpoints ADD COLUMN transaction_id XID8 NOT NULL DEFAULT '0';
ALTER TABLE projection_checkpoints ADD COLUMN events_replayed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE projection_checkpoints ADD COLUMN rebuild_started_at TIMESTAMPTZ;
ALTER TABLE projection_checkpoints ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
-- Empty until the projection's first rebuild has gone live.
ALTER TABLE projection_checkpoints ALTER COLUMN rebuilt_at DROP NOT NULL;
