-- What case-service and risk-service published about each person (PersonFactsConsumer), kept to pre-fill drafts:
-- one row a fact, citing its event (service, stream, version). Filled from consumed events, not from the log, so it
-- is not a projection; an event redelivered changes nothing (the inbox and the unique source).
CREATE TABLE person_facts (
    crn          TEXT NOT NULL,
    section      TEXT NOT NULL,
    text         TEXT NOT NULL,
    service      TEXT NOT NULL,
    stream       TEXT NOT NULL,
    version      BIGINT NOT NULL,
    event_type   TEXT NOT NULL,
    event_id     TEXT NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (service, event_id)
);
CREATE INDEX person_facts_by_crn ON person_facts (crn, occurred_at);

-- People case-service registered, by PNC: a court's request naming only a PNC is matched to a CRN through it.
CREATE TABLE people (
    crn   TEXT PRIMARY KEY,
    pnc   TEXT
);
CREATE INDEX people_by_pnc ON people (pnc);
