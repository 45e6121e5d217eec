-- An operator's request to publish the log again from a position (so that a consumer can rebuild from the start):
-- applied by the relay itself, the only writer of its cursor, at its next batch.
CREATE TABLE relay_republish_requests (
    id             BIGSERIAL   PRIMARY KEY,
    topic          TEXT        NOT NULL,
    from_position  BIGINT      NOT NULL,
    requested_by   TEXT        NOT NULL,
    requested_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_at     TIMESTAMPTZ
);
CREATE INDEX relay_republish_waiting ON relay_republish_requests (topic, id) WHERE applied_at IS NULL;
