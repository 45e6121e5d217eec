package org.desist.conduct.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The reporter's receipt code: 72 random bits, nothing derived from who they are, and only its hash is stored, so that
 * the code alone lets them follow and add to their disclosure (002_d7d6c09e19b6ddeb.txt 8.6; 001: anonymous channels).
 */
final class ReceiptCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {
    }

    static String next() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
