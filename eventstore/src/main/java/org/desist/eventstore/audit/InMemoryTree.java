package org.desist.eventstore.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * A Merkle tree held in memory, grown one leaf at a time: what the offline auditor rebuilds from a service's log to
 * compare with its signed checkpoints, and what the tests check the stored tree against.
 */
public final class InMemoryTree implements MerkleTree.Subtrees {

    /** levels.get(k).get(i): the hash of the perfect subtree of 2^k leaves starting at leaf i * 2^k. */
    private final List<List<byte[]>> levels = new ArrayList<>();

    public void add(byte[] leaf) {
        byte[] hash = MerkleTree.leafHash(leaf);
        int level = 0;
        while (true) {
            if (levels.size() == level) {
                levels.add(new ArrayList<>());
            }
            List<byte[]> nodes = levels.get(level);
            nodes.add(hash);
            int index = nodes.size() - 1;
            if (index % 2 == 0) {
                return;
            }
            hash = MerkleTree.nodeHash(nodes.get(index - 1), hash);
            level++;
        }
    }

    public long size() {
        return levels.isEmpty() ? 0 : levels.getFirst().size();
    }

    public byte[] root(long size) {
        return MerkleTree.hash(this, 0, size);
    }

    @Override
    public byte[] hash(long start, long size) {
        int level = Long.numberOfTrailingZeros(size);
        return levels.get(level).get((int) (start / size));
    }
}
