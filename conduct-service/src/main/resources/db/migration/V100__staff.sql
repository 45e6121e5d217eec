-- The staff register read model (StaffProjection).
CREATE TABLE staff (
    staff_id      TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL,
    team          TEXT,
    line_manager  TEXT
);

-- The register of gifts and hospitality (GiftRegisterProjection), readable by the board secretary (002 7.4).
CREATE TABLE gift_register (
    offer_id     UUID PRIMARY KEY,
    staff_id     TEXT NOT NULL,
    donor_type   TEXT NOT NULL,
    crn          TEXT,
    description  TEXT NOT NULL,
    value        NUMERIC(12, 2) NOT NULL,
    offered_at   TIMESTAMPTZ NOT NULL,
    status       TEXT NOT NULL
);

-- Protected disclosures (DisclosuresProjection): readable only by the disclosure officer (002 8.6; 001).
CREATE TABLE disclosures (
    disclosure_id  UUID PRIMARY KEY,
    receipt_hash   TEXT NOT NULL UNIQUE,
    summary        TEXT NOT NULL,
    concerns       TEXT NOT NULL,
    implicated     TEXT NOT NULL,
    reporter       TEXT,
    routed_to      TEXT NOT NULL,
    status         TEXT NOT NULL,
    made_at        TIMESTAMPTZ NOT NULL,
    information    TEXT NOT NULL DEFAULT ''
);
