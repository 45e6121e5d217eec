package org.desist.cases.person;

import org.desist.eventstore.StreamId;

/** Everything about a person on probation is one stream, identified by their CRN. */
public final class PersonStreams {

    public static final String TYPE = "person";

    private PersonStreams() {
    }

    public static StreamId of(String crn) {
        return StreamId.of(TYPE, crn);
    }
}
