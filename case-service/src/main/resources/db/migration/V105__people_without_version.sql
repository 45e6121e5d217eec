-- A person's ETag is their stream's version, read from the log: the people read model keeps registrations only,
-- so that an append to a person's stream no longer rewrites their row.
ALTER TABLE people DROP COLUMN version;
