package org.desist.eventstore;

/** The database could not do what the log needed: an infrastructure fault, never a rule of the domain. */
public class EventStoreFailure extends RuntimeException {

    public EventStoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
