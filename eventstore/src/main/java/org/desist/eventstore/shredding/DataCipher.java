package org.desist.eventstore.shredding;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM from the JDK, with no state of its own: seals bytes under a key with a fresh random nonce and the key's
 * id as associated data (a ciphertext moved under another key id does not open), and opens them again.
 */
public final class DataCipher {

    static final String ALGORITHM = "AES";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DataCipher() {
    }

    /** A new 256-bit data key's bytes. */
    public static byte[] newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(ALGORITHM);
            generator.init(256, RANDOM);
            return generator.generateKey().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no AES", e);
        }
    }

    public static Sealed seal(String keyId, byte[] key, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keyId, key, nonce);
            Base64.Encoder base64 = Base64.getEncoder();
            return new Sealed(keyId, base64.encodeToString(nonce), base64.encodeToString(cipher.doFinal(plaintext)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal under key " + keyId, e);
        }
    }

    /** The plaintext; throws when the key is not the one it was sealed under or the ciphertext was changed. */
    public static byte[] open(Sealed sealed, byte[] key) {
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            return cipher(Cipher.DECRYPT_MODE, sealed.keyId(), key, base64.decode(sealed.nonce()))
                    .doFinal(base64.decode(sealed.ciphertext()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("sealed data under key " + sealed.keyId() + " does not open: wrong key or "
                    + "changed ciphertext", e);
        }
    }

    private static Cipher cipher(int mode, String keyId, byte[] key, byte[] nonce) throws GeneralSecurityException {
        SecretKey secret = new SecretKeySpec(key, ALGORITHM);
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, secret, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
