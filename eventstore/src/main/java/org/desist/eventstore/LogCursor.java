package org.desist.eventstore;

/**
 * A place in the log for readers that must never skip an event: events are read in (transaction id, position)
 * order, and only once every transaction that could still add an earlier one has ended.
 */
public record LogCursor(long transactionId, long position) {

    public static final LogCursor START = new LogCursor(0, 0);
}
