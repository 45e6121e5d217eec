package org.desist.conduct.disclosure;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.interceptor.Interceptor;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A named reporter's identity, sealed with AES-GCM before it is stored, so that the log, the database and their
 * backups hold no readable name; only the disclosure officer's reading opens it (002_d7d6c09e19b6ddeb.txt 8.6; 001).
 * Checked first thing at start: a service without its key refuses to start rather than take disclosures it cannot seal.
 */
@ApplicationScoped
@Startup(Interceptor.Priority.PLATFORM_BEFORE)
public class ReporterIdentity {

    @ConfigMapping(prefix = "desist.disclosures")
    public interface DisclosureKey {

        /**
         * A 256-bit AES key, base64, from DESIST_DISCLOSURES_KEY; only the dev and test profiles have a (public,
         * local-only) default.
         */
        Optional<String> key();
    }

    static final String NO_KEY = "desist.disclosures.key is not set: set DESIST_DISCLOSURES_KEY to the key that seals "
            + "named reporters' identities, 32 bytes of base64 (generate one with `openssl rand -base64 32` and keep it "
            + "secret); only the dev and test profiles have a local default";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private final SecretKeySpec key;

    ReporterIdentity(DisclosureKey config) {
        byte[] bytes = Base64.getDecoder().decode(config.key().orElseThrow(() -> new IllegalStateException(NO_KEY)));
        if (bytes.length != 32) {
            throw new IllegalStateException("desist.disclosures.key must be 32 bytes of base64 (AES-256); it has "
                    + bytes.length + ": generate one with `openssl rand -base64 32`");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public String seal(String identity) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(identity.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a reporter's identity", e);
        }
    }

    public String open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a sealed reporter identity does not open with this key", e);
        }
    }
}
