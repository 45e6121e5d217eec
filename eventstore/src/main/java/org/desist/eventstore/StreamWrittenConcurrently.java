package org.desist.eventstore;

/**
 * Another writer appended to the stream while this transaction was already under way; the append starts again in a
 * new transaction (see {@link EventStore#append}).
 */
public class StreamWrittenConcurrently extends WrongExpectedVersion {

    public StreamWrittenConcurrently(String streamId, ExpectedVersion expected, long actual) {
        super(streamId, expected, actual);
    }
}
