package org.desist.eventstore.consume;

/**
 * What a service does with the events of another service's topic. Its {@code @Incoming} method hands each record to
 * {@link Inbox#receive}; the inbox decides whether and when {@link #handle} runs (once per event, in a transaction
 * with the record that it ran, retried while failures are transient) and sets aside what can never be handled.
 */
public interface InboundHandler {

    /** A stable name: consumed events and dead letters are kept under it, e.g. {@code risk-service:case-facts}. */
    String consumer();

    /** Whether this consumer has any use for events of this type; others are passed over without a record. */
    default boolean wants(String type) {
        return true;
    }

    /** The event's effect, inside the inbox's transaction: throw to refuse it (it is then dead-lettered). */
    void handle(ReceivedEvent event);
}
