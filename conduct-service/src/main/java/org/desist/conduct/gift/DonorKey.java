package org.desist.conduct.gift;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.desist.conduct.disclosure.ReporterIdentity.DisclosureKey;

/**
 * A person's name and date of birth as a keyed hash (HMAC-SHA-256): what conduct-service keeps of case-service's
 * register to recognise a donor, so that its database holds no name and a list of names cannot be tried against it
 * without the key. The key is derived from the service's sealing key under a label of its own.
 */
@ApplicationScoped
public class DonorKey {

    private static final String LABEL = "desist conduct-service donor recognition v1";

    private final SecretKeySpec key;

    @Inject
    DonorKey(DisclosureKey sealing) {
        this(Base64.getDecoder().decode(sealing.key().orElseThrow(() -> new IllegalStateException(
                "desist.disclosures.key is not set: donor recognition derives its key from it"))));
    }

    DonorKey(byte[] sealingKey) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(sealingKey, "HmacSHA256"), LABEL), "HmacSHA256");
    }

    /** The same for the same person however the name is spaced, cased, accented or punctuated. */
    public String of(String fullName, LocalDate dateOfBirth) {
        return HexFormat.of().formatHex(hmac(key, normalised(fullName) + "|" + dateOfBirth));
    }

    static String normalised(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("['’`.-]", "").replaceAll("[^\\p{L}]+", " ").strip();
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
        }
    }
}
