package org.desist.reporting.report;

/**
 * One thing the platform knows about the person, as the draft is pre-filled with it, citing the event it was taken
 * from: which service, which of its streams, at which version (and the event's type).
 */
public record Fact(String section, String text, Source source) {

    public record Source(String service, String stream, long version, String eventType) {
    }
}
