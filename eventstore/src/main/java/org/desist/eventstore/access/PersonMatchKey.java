package org.desist.eventstore.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's name and date of birth as a keyed hash (HMAC-SHA-256) under the platform's matching key
 * ({@code desist.people.match-key}, base64): what case-service publishes instead of a name, so that another service
 * holding the same key can recognise a person someone names (a gift's donor) while no topic and no other database
 * holds the name, and a list of names cannot be tried against it without the key. The same for the same person
 * however the name is spaced, cased, accented or punctuated. Without a key, nobody is matched.
 */
@ApplicationScoped
public class PersonMatchKey {

    private final Optional<SecretKeySpec> key;

    PersonMatchKey(@ConfigProperty(name = "desist.people.match-key") Optional<String> key) {
        this.key = key.filter(k -> !k.isBlank()).map(k -> new SecretKeySpec(Base64.getDecoder().decode(k), "HmacSHA256"));
    }

    public Optional<String> of(String fullName, LocalDate dateOfBirth) {
        return key.map(k -> HexFormat.of().formatHex(hmac(k, normalised(fullName) + "|" + dateOfBirth)));
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
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }
}
