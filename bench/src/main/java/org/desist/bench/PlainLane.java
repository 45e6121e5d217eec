package org.desist.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.desist.eventstore.CanonicalJson;
import org.desist.eventstore.UuidV7;

/**
 * The floor: the same rows, the same number per transaction, written with a plain batched JDBC insert on a
 * connection of the lane's own (pgjdbc's reWriteBatchedInserts turns the batch into multi-row INSERTs), then a
 * commit. No stream head, no expected-version check, no hash chain computed: what PostgreSQL itself costs.
 */
final class PlainLane extends Lane<PlainLane.Row[]> {

    static final String TABLE = "bench_plain_events";

    private static final String INSERT = "INSERT INTO " + TABLE + " (stream_id, stream_type, version, event_id, type, "
            + "schema_version, payload, actor_subject, actor_role, actor_team, actor_agency, occurred_at, recorded_at, "
            + "rationale, correlation_id, causation_id, previous_hash, hash) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    record Row(String stream, long version, UUID eventId, String payload, OffsetDateTime at, UUID correlationId,
            byte[] previousHash, byte[] hash) {
    }

    private final Connection connection;
    private final PreparedStatement insert;
    private final byte[][] lastHashes;

    PlainLane(String url, String user, String password, String[] streams) throws SQLException {
        super(streams);
        this.connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement(INSERT);
        this.lastHashes = new byte[streams.length][];
    }

    @Override
    Row[] prepare(int index, String stream, long version, long firstSequence, int count) {
        Row[] rows = new Row[count];
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        UUID correlationId = UuidV7.next();
        byte[] previous = lastHashes[index];
        for (int i = 0; i < count; i++) {
            byte[] hash = new byte[32];
            ThreadLocalRandom.current().nextBytes(hash);
            rows[i] = new Row(stream, version + i + 1, UuidV7.next(), CanonicalJson.of(Payloads.contact(firstSequence + i)),
                    now, correlationId, previous, hash);
            previous = hash;
        }
        lastHashes[index] = previous;
        return rows;
    }

    @Override
    void append(Row[] rows) throws SQLException {
        try {
            for (Row row : rows) {
                int p = 1;
                insert.setString(p++, row.stream());
                insert.setString(p++, KernelLane.STREAM_TYPE);
                insert.setLong(p++, row.version());
                insert.setObject(p++, row.eventId());
                insert.setString(p++, Payloads.TYPE);
                insert.setInt(p++, 1);
                insert.setString(p++, row.payload());
                insert.setString(p++, "bench");
                insert.setString(p++, "system");
                insert.setNull(p++, Types.VARCHAR);
                insert.setNull(p++, Types.VARCHAR);
                insert.setObject(p++, row.at());
                insert.setObject(p++, row.at());
                insert.setNull(p++, Types.VARCHAR);
                insert.setObject(p++, row.correlationId());
                insert.setNull(p++, Types.OTHER);
                insert.setBytes(p++, row.previousHash());
                insert.setBytes(p, row.hash());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        connection.close();
    }
}
