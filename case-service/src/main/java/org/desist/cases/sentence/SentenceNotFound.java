package org.desist.cases.sentence;

import org.desist.eventstore.http.NotFound;

/** No such sentence (or requirement of it) on the person's record (HTTP 404). */
public class SentenceNotFound extends NotFound {

    public SentenceNotFound(String message) {
        super(message);
    }
}
