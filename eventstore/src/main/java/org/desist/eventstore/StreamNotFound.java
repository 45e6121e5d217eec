package org.desist.eventstore;

/** No events exist for the stream: the thing it would describe is unknown (HTTP 404). */
public class StreamNotFound extends RuntimeException {

    private final StreamId stream;

    public StreamNotFound(StreamId stream) {
        super("no " + stream.type() + " " + stream.id() + " is known");
        this.stream = stream;
    }

    public StreamId stream() {
        return stream;
    }
}
