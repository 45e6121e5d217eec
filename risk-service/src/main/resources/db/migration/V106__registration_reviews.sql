-- Registrations in force and when each is next reviewed (RegistrationReviewsProjection, rebuilt from the log), so
-- that registration reviews past their date join reassessments in the overdue lists by team.
CREATE TABLE registration_reviews (
    registration_id  UUID PRIMARY KEY,
    crn              TEXT NOT NULL,
    type             TEXT NOT NULL,
    review_date      DATE NOT NULL
);
CREATE INDEX registration_reviews_by_date ON registration_reviews (review_date);
INSERT INTO projections_pending_rebuild (name) VALUES ('registration-reviews');
