-- Data keys for crypto-shredding (DataKeys): personal data that may have to be erased is stored in events only as
-- AES-GCM ciphertext under a key kept here, outside the append-only log. Destroying a key removes its bytes and keeps
-- the row, to say when; the log and its hash chain stay as they were. The runtime role may update this table.
CREATE TABLE data_keys (
    key_id        TEXT        PRIMARY KEY,
    key_material  BYTEA,
    created_at    TIMESTAMPTZ NOT NULL,
    destroyed_at  TIMESTAMPTZ,
    CONSTRAINT data_keys_destroyed_without_material CHECK ((key_material IS NULL) = (destroyed_at IS NOT NULL))
);
