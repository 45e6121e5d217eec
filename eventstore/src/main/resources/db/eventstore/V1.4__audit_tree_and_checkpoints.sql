-- The service's whole log as an RFC 9162 Merkle tree: one leaf per event hash, in the order the relay publishes
-- (commit order), and the hash of every perfect subtree (level k: 2^k leaves from index * 2^k), so that roots and
-- proofs are read rather than recomputed. The runtime role could rewrite these too: what anchors them is the signed
-- checkpoints published outside the database, and the auditor that rebuilds the tree from the events themselves.
CREATE TABLE audit_tree_leaves (
    leaf_index  BIGINT PRIMARY KEY,
    position    BIGINT NOT NULL UNIQUE,
    event_hash  BYTEA  NOT NULL
);

CREATE TABLE audit_tree_nodes (
    level       SMALLINT NOT NULL,
    node_index  BIGINT   NOT NULL,
    hash        BYTEA    NOT NULL,
    PRIMARY KEY (level, node_index)
);

-- Signed tree heads: size, root, time; Ed25519 over "treeSize\nrootHash\nissuedAt".
CREATE TABLE audit_checkpoints (
    tree_size   BIGINT      PRIMARY KEY,
    root_hash   BYTEA       NOT NULL,
    issued_at   TEXT        NOT NULL,
    key_id      TEXT        NOT NULL,
    signature   BYTEA       NOT NULL,
    published   BOOLEAN     NOT NULL DEFAULT false
);
