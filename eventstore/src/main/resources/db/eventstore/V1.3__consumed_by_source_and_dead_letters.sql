-- CloudEvents are unique by (source, id), and an id is any non-empty string (CloudEvents 1.0, "id"): a consumed
-- event is recorded under both. Rows recorded before keep source ''; each service's own migration names the source
-- its consumers read.
ALTER TABLE consumed_events ALTER COLUMN event_id TYPE TEXT;
ALTER TABLE consumed_events ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE consumed_events DROP CONSTRAINT consumed_events_pkey;
ALTER TABLE consumed_events ADD PRIMARY KEY (consumer, source, event_id);
ALTER TABLE consumed_events ALTER COLUMN source DROP DEFAULT;

-- Records a consumer could never handle (malformed, or refused by a rule), or that kept failing past the retries:
-- kept whole, with the reason, until an operator re-drives them (GET /admin/dead-letters, POST .../redrive).
-- Key, value and header values are kept as bytes: another system's record may hold anything, NUL included.
CREATE TABLE dead_letters (
    id               BIGSERIAL   PRIMARY KEY,
    consumer         TEXT        NOT NULL,
    topic            TEXT        NOT NULL,
    kafka_partition  INT         NOT NULL,
    kafka_offset     BIGINT      NOT NULL,
    record_timestamp TIMESTAMPTZ,
    record_key       BYTEA,
    record_value     BYTEA,
    header_names     TEXT[]      NOT NULL,
    header_values    BYTEA[]     NOT NULL,
    event_source     TEXT,
    event_id         TEXT,
    event_type       TEXT,
    kind             TEXT        NOT NULL,
    reason           TEXT        NOT NULL,
    attempts         INT         NOT NULL,
    dead_lettered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    redriven_at      TIMESTAMPTZ,
    CONSTRAINT dead_letters_once UNIQUE (consumer, topic, kafka_partition, kafka_offset)
);
CREATE INDEX dead_letters_waiting ON dead_letters (consumer, id) WHERE redriven_at IS NULL;
