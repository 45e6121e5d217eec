-- Two roles per service. This migration runs as the owner (quarkus.flyway.username); the service connects as the
-- runtime role (quarkus.datasource.username, placeholder runtime_role), which may read and write its read models but
-- may only INSERT and SELECT the event log: no UPDATE, DELETE or TRUNCATE, and, not owning it, no trigger changes.
-- Tables the owner creates later are granted by default privileges; the log's own are revoked here once.
DO $$
DECLARE
    runtime TEXT := '${runtime_role}';
BEGIN
    IF runtime = current_user THEN
        RAISE WARNING 'the service connects as the owner of its database (%): the event log is not protected from it; '
            'give it a runtime role of its own (quarkus.datasource.username)', runtime;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = runtime) THEN
        RAISE EXCEPTION 'role % does not exist: create it (CREATE ROLE % LOGIN PASSWORD ...) before the service first '
            'starts, or run deploy/local/platform infra, which does', runtime, runtime;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), runtime);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', runtime);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', runtime);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', runtime);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON events FROM %I', runtime);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', runtime);
END $$;
