package org.desist.eventstore.command;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a stored payload of one schema version as the next one. Stored events are never rewritten (their hashes
 * would break): when an {@link EventType}'s {@code schemaVersion} goes up, a service adds an upcaster bean per step, and
 * {@link EventCodec} applies them in turn whenever it reads an older event.
 */
public interface Upcaster {

    /** The event type this upcaster reads, as {@link EventType#value()} names it. */
    String type();

    /** The schema version it reads; it answers the payload as version {@code fromVersion() + 1}. */
    int fromVersion();

    /** The payload as the next version has it; {@code payload} is a copy, free to change. */
    ObjectNode upcast(ObjectNode payload);
}
