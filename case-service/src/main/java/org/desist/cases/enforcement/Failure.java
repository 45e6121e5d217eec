package org.desist.cases.enforcement;

import java.time.Instant;
import java.util.UUID;

/**
 * A failure to comply as enforcement judges it: the contact, when it happened, the order or licence it was a
 * failure against, and whether that order or licence is still in force (breach is only ever against one that is).
 */
public record Failure(UUID contactId, Instant at, UUID sentenceId, boolean orderInForce) {
}
