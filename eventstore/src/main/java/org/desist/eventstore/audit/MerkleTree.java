package org.desist.eventstore.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0), section 2.1: leaf hash {@code SHA-256(0x00 || leaf)},
 * node hash {@code SHA-256(0x01 || left || right)}, the tree over n leaves split at the largest power of two below n.
 * Proofs are built from the hashes of perfect subtrees ({@link Subtrees}) and checked with the RFC's own algorithms,
 * so that anyone can verify them without this service.
 */
public final class MerkleTree {

    /** The hash of a perfect, aligned subtree: {@code size} a power of two, {@code start} a multiple of it. */
    @FunctionalInterface
    public interface Subtrees {
        byte[] hash(long start, long size);
    }

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] leaf) {
        MessageDigest sha = sha256();
        sha.update((byte) 0);
        sha.update(leaf);
        return sha.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 1);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    /** MTH of the empty tree: the hash of the empty string. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** MTH(D[start:start+size]) from the perfect subtrees it splits into. */
    public static byte[] hash(Subtrees subtrees, long start, long size) {
        if (size == 0) {
            return emptyRoot();
        }
        if (Long.bitCount(size) == 1 && start % size == 0) {
            return subtrees.hash(start, size);
        }
        long k = largestPowerOfTwoBelow(size);
        return nodeHash(hash(subtrees, start, k), hash(subtrees, start + k, size - k));
    }

    /** PATH(m, D[n]) (RFC 9162 2.1.3.1): the audit path of leaf {@code index} in the tree of {@code size} leaves. */
    public static List<byte[]> inclusionProof(Subtrees subtrees, long index, long size) {
        List<byte[]> path = new ArrayList<>();
        path(subtrees, index, 0, size, path);
        return path;
    }

    private static void path(Subtrees subtrees, long m, long start, long n, List<byte[]> path) {
        if (n <= 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(subtrees, m, start, k, path);
            path.add(hash(subtrees, start + k, n - k));
        } else {
            path(subtrees, m - k, start + k, n - k, path);
            path.add(hash(subtrees, start, k));
        }
    }

    /** PROOF(m, D[n]) (RFC 9162 2.1.4.1): that the tree of {@code from} leaves is a prefix of the tree of {@code to}. */
    public static List<byte[]> consistencyProof(Subtrees subtrees, long from, long to) {
        List<byte[]> proof = new ArrayList<>();
        if (from > 0 && from < to) {
            subproof(subtrees, from, 0, to, true, proof);
        }
        return proof;
    }

    private static void subproof(Subtrees subtrees, long m, long start, long n, boolean whole, List<byte[]> proof) {
        if (m == n) {
            if (!whole) {
                proof.add(hash(subtrees, start, n));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(subtrees, m, start, k, whole, proof);
            proof.add(hash(subtrees, start + k, n - k));
        } else {
            subproof(subtrees, m - k, start + k, n - k, false, proof);
            proof.add(hash(subtrees, start, k));
        }
    }

    /** RFC 9162 2.1.3.2: whether the audit path proves the leaf at {@code index} in the tree with this root. */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index >= size || index < 0) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 2.1.4.2: whether the proof shows the tree with {@code secondRoot} extends the one with {@code firstRoot}. */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
            List<byte[]> proof) {
        if (first > second || first < 0) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty();
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.addFirst(firstRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
