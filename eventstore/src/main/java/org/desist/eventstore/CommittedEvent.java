package org.desist.eventstore;

/** An event read by a commit-safe reader, with the cursor that comes right after it. */
public record CommittedEvent(StoredEvent event, LogCursor cursor) {
}
