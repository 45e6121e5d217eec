package org.desist.eventstore;

/** The stream moved on since the writer read it: a stale version, answered with 409 and never a lost update. */
public class WrongExpectedVersion extends RuntimeException {

    private final String streamId;
    private final ExpectedVersion expected;
    private final long actual;

    public WrongExpectedVersion(String streamId, ExpectedVersion expected, long actual) {
        super("stream " + streamId + " is at version " + actual + ", not " + expected
                + ": reload it and try again with the current version");
        this.streamId = streamId;
        this.expected = expected;
        this.actual = actual;
    }

    public String streamId() {
        return streamId;
    }

    public ExpectedVersion expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
