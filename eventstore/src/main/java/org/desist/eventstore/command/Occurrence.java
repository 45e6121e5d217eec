package org.desist.eventstore.command;

import java.time.Instant;

/** An event that happened at a known moment, which may be earlier than when it was recorded. */
public interface Occurrence {

    Instant occurredAt();
}
