package org.desist.eventstore.http;

import java.util.Optional;

/** A whole-number query parameter ({@code ?treeSize=}, {@code ?limit=}): absent, or a 400 naming it (never a 404). */
public final class WholeNumber {

    private WholeNumber() {
    }

    public static Optional<Long> parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidField(name, "a whole number", name + " must be a whole number, not '" + value + "'", null);
        }
    }
}
