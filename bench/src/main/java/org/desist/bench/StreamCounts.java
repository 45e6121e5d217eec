package org.desist.bench;

import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.Decoded;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;

/**
 * The rebuild bench's read model, a simple one: events per stream. Live, one upsert per event; on a replay, one upsert
 * per page. Only in {@code --mode rebuild}: otherwise the append bench would pay for it.
 */
@ApplicationScoped
@LookupIfProperty(name = "bench.mode", stringValue = Options.REBUILD)
public class StreamCounts implements Projection<StoredEvent> {

    static final String NAME = "bench-stream-counts";
    static final String TABLE = "bench_stream_counts";

    private final ReadModelSql sql;

    StreamCounts(ReadModelSql sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<StoredEvent> family() {
        return StoredEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, StoredEvent event) {
        sql.update("INSERT INTO " + TABLE + " (stream_id, events) VALUES (?, 1) ON CONFLICT (stream_id) "
                + "DO UPDATE SET events = " + TABLE + ".events + 1", event.stream().id());
    }

    @Override
    public void replay(List<Decoded<StoredEvent>> page) {
        List<StoredEvent> events = page.stream().map(Decoded::event).toList();
        Map<String, Long> counts = events.stream().collect(
                Collectors.groupingBy(e -> e.stream().id(), LinkedHashMap::new, Collectors.counting()));
        sql.update("INSERT INTO " + TABLE + " (stream_id, events) SELECT * FROM unnest(?::text[], ?::bigint[]) "
                + "ON CONFLICT (stream_id) DO UPDATE SET events = " + TABLE + ".events + excluded.events",
                counts.keySet().toArray(String[]::new), counts.values().toArray(Long[]::new));
    }

    @Override
    public void reset() {
        sql.update("DELETE FROM " + TABLE);
    }
}
