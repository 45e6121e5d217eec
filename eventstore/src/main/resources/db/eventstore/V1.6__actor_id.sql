-- The acting person's stable identity (the token's sub) beside their user name, which can change.
ALTER TABLE events ADD COLUMN actor_id TEXT;
