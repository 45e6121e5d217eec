package org.desist.eventstore.http;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The {@code ?asOf=} of time travel: an ISO-8601 instant, or a 400 naming the parameter (never a 404). */
public final class AsOf {

    private AsOf() {
    }

    public static Optional<Instant> parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(asOf.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidField("asOf", "an ISO-8601 instant", "asOf must be an instant such as 2026-01-31T09:00:00Z, not '"
                    + asOf + "'", null);
        }
    }
}
