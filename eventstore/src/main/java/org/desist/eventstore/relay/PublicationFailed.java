package org.desist.eventstore.relay;

/**
 * Kafka did not acknowledge an event: the relay checkpointed the events before it and will send it again.
 * {@code refused} when Kafka refused it for good rather than for the moment (a broker down, a timeout).
 */
public class PublicationFailed extends RuntimeException {

    private final long position;
    private final boolean refused;

    PublicationFailed(long position, boolean refused, Throwable cause) {
        super((refused ? "Kafka refused the event at position " : "Kafka did not acknowledge the event at position ")
                + position + ": " + cause.getMessage(), cause);
        this.position = position;
        this.refused = refused;
    }

    public long position() {
        return position;
    }

    public boolean refused() {
        return refused;
    }
}
