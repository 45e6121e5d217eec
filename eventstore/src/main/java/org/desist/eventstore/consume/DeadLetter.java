package org.desist.eventstore.consume;

import java.time.Instant;
import java.util.Optional;

/** A record set aside by a consumer, as {@code GET /admin/dead-letters} lists it. */
public record DeadLetter(long id, String consumer, String topic, int partition, long offset, Optional<String> key,
        Optional<String> eventSource, Optional<String> eventId, Optional<String> eventType, String kind, String reason,
        int attempts, Instant deadLetteredAt, Optional<Instant> redrivenAt) {

    /** Never handled: malformed, or missing what its contract requires. */
    public static final String MALFORMED = "malformed";
    /** Refused by the consumer's own rules or code: the same every time until that is fixed. */
    public static final String REFUSED = "refused";
    /** A transient failure that outlasted the retries. */
    public static final String STILL_FAILING = "still-failing";

    public boolean waiting() {
        return redrivenAt.isEmpty();
    }
}
