package org.desist.eventstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** How a row of {@code events} reads back as a {@link StoredEvent}: the one place that knows the columns. */
public final class EventRows {

    public static final String COLUMNS = "position, stream_type, stream_id, version, event_id, type, schema_version, "
            + "payload::text AS payload, actor_subject, actor_role, actor_team, actor_agency, actor_id, occurred_at, recorded_at, "
            + "rationale, correlation_id, causation_id, previous_hash, hash";

    private EventRows() {
    }

    public static List<StoredEvent> all(ResultSet rows) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        while (rows.next()) {
            events.add(one(rows));
        }
        return events;
    }

    public static StoredEvent one(ResultSet row) throws SQLException {
        byte[] previous = row.getBytes("previous_hash");
        return new StoredEvent(
                row.getLong("position"),
                new StreamId(row.getString("stream_type"), row.getString("stream_id")),
                row.getLong("version"),
                row.getObject("event_id", UUID.class),
                row.getString("type"),
                row.getInt("schema_version"),
                CanonicalJson.parse(row.getString("payload")),
                new Actor(row.getString("actor_subject"), row.getString("actor_role"),
                        Optional.ofNullable(row.getString("actor_team")),
                        Optional.ofNullable(row.getString("actor_agency")),
                        Optional.ofNullable(row.getString("actor_id"))),
                instant(row, "occurred_at"),
                instant(row, "recorded_at"),
                Optional.ofNullable(row.getString("rationale")),
                row.getObject("correlation_id", UUID.class),
                Optional.ofNullable(row.getObject("causation_id", UUID.class)),
                previous == null ? Optional.empty() : Optional.of(new EventHash(previous)),
                new EventHash(row.getBytes("hash")));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
