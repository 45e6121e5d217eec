package org.desist.eventstore.projection;

import java.util.List;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.Decoded;

/**
 * A read model kept from the log, reading one event family. The kernel decodes each event of {@link #family()} once
 * and hands it over: {@link #apply} runs in the appending transaction, so a live read model never lags behind nor
 * runs ahead of the log; {@link #reset} empties it before a rebuild, which hands it the log again in pages through
 * {@link #replay}. Events of other families pass it by. A read model of the log itself (events per stream) names
 * {@code StoredEvent} as its family and gets every event as stored.
 */
public interface Projection<E> {

    /** A stable name: the projection's checkpoint row is kept under it. */
    String name();

    /** The sealed event family it reads, or {@code StoredEvent} for every event as stored. */
    Class<E> family();

    /** One event of the family; {@code stored} gives what the log knows of it (stream, version, time, actor). */
    void apply(StoredEvent stored, E event);

    /**
     * Applies a page of the family's events in commit order, in the rebuild's transaction; the result must be what
     * applying them one by one gives. Override it to write a page in a few statements rather than one per event.
     */
    default void replay(List<Decoded<E>> page) {
        page.forEach(decoded -> apply(decoded.stored(), decoded.event()));
    }

    void reset();
}
