package org.desist.eventstore.command;

/** What a command answers (a new id, a view) beside the stream's version after it, which the edge sends as the ETag. */
public record Versioned<T>(T value, long version) {
}
