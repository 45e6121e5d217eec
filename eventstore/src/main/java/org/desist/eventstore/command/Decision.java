package org.desist.eventstore.command;

import java.util.List;
import org.desist.eventstore.StoredEvent;

/** What a handled command wrote: its stored events and the stream's version after them (the new ETag). */
public record Decision(List<StoredEvent> events, long version) {
}
