package org.desist.eventstore.http;

/** Something the caller named does not exist (HTTP 404). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
