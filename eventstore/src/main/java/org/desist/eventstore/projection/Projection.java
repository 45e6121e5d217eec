package org.desist.eventstore.projection;

import java.util.List;
import org.desist.eventstore.StoredEvent;

/**
 * A read model kept from the log. {@link #apply} runs in the appending transaction, so a live read model never lags
 * behind nor runs ahead of the log; {@link #reset} empties it before a rebuild, which hands it the log again in pages
 * through {@link #replay}. Implementations ignore event types they do not know.
 */
public interface Projection {

    /** A stable name: the projection's checkpoint row is kept under it. */
    String name();

    void apply(StoredEvent event);

    /**
     * Applies a page of the log in commit order, in the rebuild's transaction; the result must be what applying the
     * events one by one gives. Override it to write a page in a few statements rather than one per event.
     */
    default void replay(List<StoredEvent> events) {
        events.forEach(this::apply);
    }

    void reset();
}
