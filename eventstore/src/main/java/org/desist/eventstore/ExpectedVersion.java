package org.desist.eventstore;

/**
 * What the writer believes the stream's version to be. {@link #noStream()} creates a stream; {@link #exactly(long)}
 * is optimistic concurrency (HTTP If-Match); {@link #any()} is for writers that do not depend on what they read.
 */
public record ExpectedVersion(long value) {

    private static final long ANY = -1;

    public static ExpectedVersion noStream() {
        return new ExpectedVersion(0);
    }

    public static ExpectedVersion exactly(long version) {
        if (version < 0) {
            throw new IllegalArgumentException("a stream version is never negative");
        }
        return new ExpectedVersion(version);
    }

    public static ExpectedVersion any() {
        return new ExpectedVersion(ANY);
    }

    public boolean isAny() {
        return value == ANY;
    }

    public boolean admits(long actual) {
        return isAny() || value == actual;
    }

    @Override
    public String toString() {
        return isAny() ? "any" : Long.toString(value);
    }
}
