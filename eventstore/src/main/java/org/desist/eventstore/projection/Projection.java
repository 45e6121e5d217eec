package org.desist.eventstore.projection;

import org.desist.eventstore.StoredEvent;

/**
 * A read model kept from the log. {@link #apply} runs in the appending transaction, so the read model never lags
 * behind nor runs ahead of the log; {@link #reset} empties it before a rebuild from position zero.
 * Implementations ignore event types they do not know.
 */
public interface Projection {

    /** A stable name: the projection's checkpoint row is kept under it. */
    String name();

    void apply(StoredEvent event);

    void reset();
}
