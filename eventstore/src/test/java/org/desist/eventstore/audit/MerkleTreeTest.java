package org.desist.eventstore.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree, its proofs and their checks as RFC 9162 defines them, against Certificate Transparency's test vectors. */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();
    /** The leaves of Certificate Transparency's reference tests, and the roots of their first 1..8. */
    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    private static final String[] ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    @Test
    void rootsAreCertificateTransparencysReferenceRoots() {
        InMemoryTree tree = new InMemoryTree();
        for (int n = 0; n < LEAVES.length; n++) {
            tree.add(HEX.parseHex(LEAVES[n]));
            assertThat(HEX.formatHex(tree.root(n + 1))).as("root of %d leaves", n + 1).isEqualTo(ROOTS[n]);
        }
        assertThat(HEX.formatHex(new InMemoryTree().root(0)))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void everyInclusionProofChecksAndAChangedOneDoesNot() {
        InMemoryTree tree = treeOf(40);
        for (long size = 1; size <= 40; size++) {
            byte[] root = tree.root(size);
            for (long index = 0; index < size; index++) {
                List<byte[]> path = MerkleTree.inclusionProof(tree, index, size);
                byte[] leaf = tree.hash(index, 1);
                assertThat(MerkleTree.verifyInclusion(index, size, leaf, path, root)).as("leaf %d of %d", index, size).isTrue();
                if (size > 1) {
                    byte[] another = tree.hash((index + 1) % size, 1);
                    assertThat(MerkleTree.verifyInclusion(index, size, another, path, root)).isFalse();
                }
                if (!path.isEmpty()) {
                    List<byte[]> changed = new ArrayList<>(path);
                    changed.set(0, MerkleTree.leafHash(new byte[] {(byte) 200}));
                    assertThat(MerkleTree.verifyInclusion(index, size, leaf, changed, root)).isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofChecksAndOneAgainstAForkDoesNot() {
        InMemoryTree tree = treeOf(40);
        InMemoryTree fork = new InMemoryTree();
        for (int i = 0; i < 40; i++) {
            fork.add(new byte[] {(byte) (i == 5 ? 99 : i)});
        }
        for (long from = 1; from <= 40; from++) {
            for (long to = from; to <= 40; to++) {
                List<byte[]> proof = MerkleTree.consistencyProof(tree, from, to);
                assertThat(MerkleTree.verifyConsistency(from, to, tree.root(from), tree.root(to), proof))
                        .as("%d to %d", from, to).isTrue();
                if (from > 5 && from < to) {
                    assertThat(MerkleTree.verifyConsistency(from, to, fork.root(from), tree.root(to), proof)).isFalse();
                }
            }
        }
    }

    private static InMemoryTree treeOf(int size) {
        InMemoryTree tree = new InMemoryTree();
        for (int i = 0; i < size; i++) {
            tree.add(new byte[] {(byte) i});
        }
        return tree;
    }
}
