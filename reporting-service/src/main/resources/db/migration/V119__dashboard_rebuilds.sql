-- Rebuilds of the dashboard's read models (DashboardReplay): the topics replayed from their beginning into emptied
-- tables. Each partition's progress is kept as it is replayed, so a rebuild interrupted by a stop resumes where it was;
-- end_offset is where each partition ended when the rebuild began: the replay is done once every partition reaches it.
CREATE TABLE dashboard_rebuilds (
    id            BIGSERIAL PRIMARY KEY,
    state         TEXT NOT NULL CHECK (state IN ('RUNNING', 'DONE')),
    requested_by  TEXT NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at   TIMESTAMPTZ
);
-- At most one rebuild runs at a time.
CREATE UNIQUE INDEX dashboard_rebuilds_one_running ON dashboard_rebuilds (state) WHERE state = 'RUNNING';

CREATE TABLE dashboard_rebuild_partitions (
    rebuild_id    BIGINT NOT NULL REFERENCES dashboard_rebuilds (id),
    topic         TEXT NOT NULL,
    partition     INTEGER NOT NULL,
    start_offset  BIGINT NOT NULL,
    end_offset    BIGINT NOT NULL,
    next_offset   BIGINT NOT NULL,
    PRIMARY KEY (rebuild_id, topic, partition)
);
