-- The event log: append-only, one row per event, hash-chained per stream.
-- transaction_id lets the outbox relay and catch-up readers see only events older than every
-- transaction still running, so that a late commit of an earlier position is never skipped.
CREATE SEQUENCE events_position_seq;

CREATE TABLE events (
    position        BIGINT      PRIMARY KEY DEFAULT nextval('events_position_seq'),
    transaction_id  XID8        NOT NULL DEFAULT pg_current_xact_id(),
    stream_id       TEXT        NOT NULL,
    stream_type     TEXT        NOT NULL,
    version         BIGINT      NOT NULL CHECK (version > 0),
    event_id        UUID        NOT NULL UNIQUE,
    type            TEXT        NOT NULL,
    schema_version  INT         NOT NULL CHECK (schema_version > 0),
    payload         JSONB       NOT NULL,
    actor_subject   TEXT        NOT NULL,
    actor_role      TEXT        NOT NULL,
    actor_team      TEXT,
    actor_agency    TEXT,
    occurred_at     TIMESTAMPTZ NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    rationale       TEXT,
    correlation_id  UUID        NOT NULL,
    causation_id    UUID,
    previous_hash   BYTEA,
    hash            BYTEA       NOT NULL,
    CONSTRAINT events_stream_version UNIQUE (stream_id, version)
);

CREATE INDEX events_by_transaction ON events (transaction_id, position);

-- Appends take the stream's head row; it also records the last writer's transaction id so that
-- a stream's versions are always written by increasing transaction ids (see EventStore.append).
CREATE TABLE event_streams (
    stream_id       TEXT   PRIMARY KEY,
    stream_type     TEXT   NOT NULL,
    version         BIGINT NOT NULL,
    last_hash       BYTEA  NOT NULL,
    last_transaction_id XID8 NOT NULL
);

-- The log is append-only: no update or delete through the application's role.
CREATE FUNCTION events_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the event log is append-only: % on events is refused', TG_OP
        USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER events_immutable BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION events_are_immutable();
CREATE TRIGGER events_not_truncated BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION events_are_immutable();

-- Read models rebuilt from the log keep here how far their last rebuild read.
CREATE TABLE projection_checkpoints (
    name            TEXT        PRIMARY KEY,
    position        BIGINT      NOT NULL,
    rebuilt_at      TIMESTAMPTZ NOT NULL
);

-- Where each reader of the log (the outbox relay) has got to, in commit-safe order.
CREATE TABLE event_log_cursors (
    name            TEXT   PRIMARY KEY,
    transaction_id  XID8   NOT NULL,
    position        BIGINT NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Events from other services' topics whose effect is already recorded here (idempotent consumption).
CREATE TABLE consumed_events (
    consumer        TEXT        NOT NULL,
    event_id        UUID        NOT NULL,
    consumed_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
