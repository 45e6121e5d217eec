-- Each person's judgements as fairness monitoring counts them (FairnessProjection, rebuilt from the log), so that
-- GET /fairness reads one row a person instead of folding every stream.
CREATE TABLE fairness_subjects (
    crn                       TEXT PRIMARY KEY,
    rosh                      TEXT,
    tier_calculated           TEXT,
    tier_override_calculated  TEXT,
    tier_override_value       TEXT,
    band_calculated           TEXT,
    band_override_calculated  TEXT,
    band_override_value       TEXT,
    follow_up_start           DATE,
    one_year_probability      DOUBLE PRECISION,
    two_year_probability      DOUBLE PRECISION
);
INSERT INTO projections_pending_rebuild (name) VALUES ('fairness-subjects');
