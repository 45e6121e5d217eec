package org.desist.eventstore.http;

import java.util.Optional;

/**
 * Text the platform can keep and give back exactly: no NUL character (PostgreSQL refuses it in text and jsonb) and no
 * lone UTF-16 surrogate (not Unicode, so no UTF-8 spelling). Checked at the edge so that the caller hears which field.
 */
public final class StorableText {

    /** What is wrong with a piece of text: the rule it breaks and a sentence naming the field. */
    public record Fault(String rule, String message) {
    }

    private StorableText() {
    }

    public static Optional<Fault> check(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return Optional.of(new Fault("no NUL character",
                        field + " contains a NUL character (\\u0000) at character " + i + ", which text cannot hold: remove it"));
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(new Fault("well-formed Unicode", field + " contains a lone UTF-16 surrogate at character "
                        + i + ", which is not Unicode text"));
            }
        }
        return Optional.empty();
    }
}
