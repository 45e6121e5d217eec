package org.desist.eventstore.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 over a checkpoint's text: {@code treeSize + "\n" + rootHash + "\n" + issuedAt} in UTF-8, the root in lower-case
 * hex. The key pair is made from its 32-byte seed (RFC 8032's private key), so one configured value is the whole key.
 */
public final class CheckpointSigner {

    /** X.509 SubjectPublicKeyInfo of an Ed25519 key, before its 32 raw bytes (RFC 8410). */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final KeyPair keys;

    public CheckpointSigner(byte[] seed) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("an Ed25519 key is a 32-byte seed; this one has " + seed.length + " bytes");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new Seed(seed));
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519", e);
        }
    }

    public static String text(long treeSize, String rootHashHex, String issuedAt) {
        return treeSize + "\n" + rootHashHex + "\n" + issuedAt;
    }

    public byte[] sign(String text) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(keys.getPrivate());
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a checkpoint", e);
        }
    }

    /** The raw 32-byte public key (RFC 8032), as {@code GET /admin/audit/public-key} gives it. */
    public byte[] publicKey() {
        byte[] encoded = keys.getPublic().getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    /** Checks a signature with a raw public key: what a verifier outside the service does. */
    public static boolean verify(byte[] rawPublicKey, String text, byte[] signature) {
        try {
            byte[] encoded = new byte[X509_PREFIX.length + rawPublicKey.length];
            System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
            System.arraycopy(rawPublicKey, 0, encoded, X509_PREFIX.length, rawPublicKey.length);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(text.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Prints the raw public key (base64) of the signing key whose seed (base64) is the argument: for local audits. */
    public static void main(String[] args) {
        System.out.println(Base64.getEncoder().encodeToString(new CheckpointSigner(seed(args[0])).publicKey()));
    }

    public static byte[] seed(String base64) {
        return Base64.getDecoder().decode(base64.trim());
    }

    /** Hands the key generator the configured seed as its "random" private key. */
    private static final class Seed extends SecureRandom {
        private final byte[] seed;

        Seed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
