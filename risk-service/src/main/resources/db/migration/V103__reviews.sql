-- The team supervising each person, from case-service's allocation events.
ALTER TABLE risk_profiles ADD COLUMN team TEXT;

-- Reviews due (ReviewsProjection, rebuilt from the log): one row per person with a reassessment outstanding.
CREATE TABLE reviews_due (
    crn        TEXT PRIMARY KEY,
    review_id  UUID NOT NULL,
    due_by     DATE NOT NULL,
    reason     TEXT NOT NULL
);
