package org.desist.eventstore.shredding;

import java.time.Instant;

/** Data whose key was destroyed: it can no longer be read, nor anything new sealed under that key (HTTP 410). */
public class DataErased extends RuntimeException {

    private final Instant erasedAt;

    public DataErased(String message, Instant erasedAt) {
        super(message);
        this.erasedAt = erasedAt;
    }

    public Instant erasedAt() {
        return erasedAt;
    }
}
