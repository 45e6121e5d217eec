package org.desist.eventstore.command;

import org.desist.eventstore.StoredEvent;

/** A stored event and the record of its family it decodes to: what projections replay. */
public record Decoded<E>(StoredEvent stored, E event) {
}
