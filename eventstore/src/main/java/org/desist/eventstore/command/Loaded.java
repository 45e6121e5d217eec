package org.desist.eventstore.command;

/** A stream folded into state, with the version it was folded at. */
public record Loaded<S>(S state, long version) {

    public boolean exists() {
        return version > 0;
    }
}
