package org.desist.eventstore.consume;

/**
 * A record that can never be handled as it is — not a CloudEvent, or missing what its contract requires: dead-lettered
 * at once with this reason, never retried (retrying cannot make it well-formed).
 */
public class MalformedEvent extends RuntimeException {

    public MalformedEvent(String message) {
        super(message);
    }

    public MalformedEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
