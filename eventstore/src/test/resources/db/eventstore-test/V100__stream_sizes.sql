-- A read model used only by the kernel's tests: how many events each stream holds.
CREATE TABLE test_stream_sizes (
    stream_id TEXT PRIMARY KEY,
    events    BIGINT NOT NULL
);
