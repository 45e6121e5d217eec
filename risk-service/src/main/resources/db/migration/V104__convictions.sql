-- Convictions recorded after supervision began, from case-service's events: the outcome that calibrates OGRS3.
CREATE TABLE risk_convictions (
    id              UUID PRIMARY KEY,
    crn             TEXT NOT NULL,
    conviction_date DATE NOT NULL
);
CREATE INDEX risk_convictions_by_person ON risk_convictions (crn);
