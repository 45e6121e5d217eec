-- What OGRS3 needs from case-service's events, beside the date of birth and sex already kept.
ALTER TABLE risk_profiles
    ADD COLUMN previous_sanctions  INT,
    ADD COLUMN first_sanction_date DATE,
    ADD COLUMN later_convictions   INT NOT NULL DEFAULT 0,
    ADD COLUMN sentence_type       TEXT,
    ADD COLUMN sentence_date       DATE,
    ADD COLUMN offence_code        TEXT,
    ADD COLUMN release_date        DATE;
