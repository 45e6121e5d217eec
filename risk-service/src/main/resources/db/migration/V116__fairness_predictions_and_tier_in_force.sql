-- Fairness monitoring counts the tier in force as risk-service publishes it (tier.in-force.changed), and keeps the
-- OGRS3 predictions in a read model of their own (PredictionsProjection), each projection reading one event family.
ALTER TABLE fairness_subjects
    ADD COLUMN tier_in_force TEXT,
    DROP COLUMN tier_override_calculated,
    DROP COLUMN tier_override_value,
    DROP COLUMN band_calculated,
    DROP COLUMN follow_up_start,
    DROP COLUMN one_year_probability,
    DROP COLUMN two_year_probability;
CREATE TABLE fairness_predictions (
    crn                   TEXT PRIMARY KEY,
    band_calculated       TEXT NOT NULL,
    follow_up_start       DATE NOT NULL,
    one_year_probability  DOUBLE PRECISION NOT NULL,
    two_year_probability  DOUBLE PRECISION NOT NULL
);
INSERT INTO projections_pending_rebuild (name) VALUES ('fairness-subjects') ON CONFLICT (name) DO NOTHING;
INSERT INTO projections_pending_rebuild (name) VALUES ('fairness-predictions') ON CONFLICT (name) DO NOTHING;
