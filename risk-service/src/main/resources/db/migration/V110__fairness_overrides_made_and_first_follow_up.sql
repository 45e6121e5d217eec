-- Fairness monitoring counts every override made, not only one still in force, and calibrates on each person's first
-- follow-up, kept when they are re-sentenced (FairnessProjection): the counts are new, and the rebuild re-reads the
-- whole log so that follow_up_start is the first again.
ALTER TABLE fairness_subjects
    ADD COLUMN tier_overrides_up   INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN tier_overrides_down INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN band_overrides_up   INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN band_overrides_down INTEGER NOT NULL DEFAULT 0;
INSERT INTO projections_pending_rebuild (name) VALUES ('fairness-subjects') ON CONFLICT (name) DO NOTHING;
