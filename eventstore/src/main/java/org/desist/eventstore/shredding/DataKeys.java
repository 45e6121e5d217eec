package org.desist.eventstore.shredding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.desist.eventstore.EventStoreFailure;

/**
 * Crypto-shredding: personal data that may have to be erased is stored in events only {@link Sealed sealed} under a
 * data key of its own, kept in {@code data_keys} beside (not in) the append-only log. Destroying the key erases the
 * data and leaves the log, and its hash chain, as it was. Used inside the transaction that appends the events, a key
 * is committed with the first event sealed under it, and destroyed with the event that records the erasure, so a
 * process killed between steps neither loses a live key nor keeps a destroyed one; plaintext is never stored. A
 * destroyed key's bytes linger in the table's dead row versions until vacuumed, and in WAL and backups while they are
 * kept: keep those short where erasure must be prompt.
 */
@ApplicationScoped
public class DataKeys {

    /** What sealed data reads as: the data, or that it was erased and when. */
    public sealed interface Opened {

        record Readable(JsonNode data) implements Opened {
        }

        record Erased(Instant at) implements Opened {
        }
    }

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    DataKeys(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** The data sealed under the key {@code keyId}, made on its first use; refused once that key is destroyed. */
    public Sealed seal(String keyId, JsonNode data) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO data_keys (key_id, key_material, "
                    + "created_at) VALUES (?, ?, now()) ON CONFLICT (key_id) DO NOTHING")) {
                insert.setString(1, keyId);
                insert.setBytes(2, DataCipher.newKey());
                insert.executeUpdate();
            }
            Key key = key(connection, keyId).orElseThrow(() -> new EventStoreFailure("data key " + keyId + " vanished", null));
            if (key.material().isEmpty()) {
                throw new DataErased("data key " + keyId + " was destroyed at " + key.destroyedAt().orElseThrow()
                        + ": nothing more is sealed under it", key.destroyedAt().orElseThrow());
            }
            return DataCipher.seal(keyId, key.material().get(), json.writeValueAsBytes(data));
        } catch (SQLException | IOException e) {
            throw new EventStoreFailure("could not seal data under key " + keyId, e);
        }
    }

    /** The sealed data as it reads now. */
    public Opened open(Sealed sealed) {
        try (Connection connection = dataSource.getConnection()) {
            Optional<Key> key = key(connection, sealed.keyId());
            if (key.isEmpty()) {
                throw new EventStoreFailure("no data key " + sealed.keyId() + " was ever made: the sealed data cannot be "
                        + "read, nor was it erased", null);
            }
            if (key.get().material().isEmpty()) {
                return new Opened.Erased(key.get().destroyedAt().orElseThrow());
            }
            return new Opened.Readable(json.readTree(DataCipher.open(sealed, key.get().material().get())));
        } catch (SQLException | IOException e) {
            throw new EventStoreFailure("could not open data sealed under key " + sealed.keyId(), e);
        }
    }

    /**
     * Destroys the key for good: what was sealed under it can no longer be read. The row stays, without the key, to
     * say when; destroying it again changes nothing and answers the first time.
     */
    public Instant destroy(String keyId, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement destroy = connection.prepareStatement("INSERT INTO data_keys (key_id, key_material, "
                        + "created_at, destroyed_at) VALUES (?, NULL, ?, ?) ON CONFLICT (key_id) DO UPDATE SET "
                        + "key_material = NULL, destroyed_at = COALESCE(data_keys.destroyed_at, EXCLUDED.destroyed_at) "
                        + "RETURNING destroyed_at")) {
            destroy.setString(1, keyId);
            destroy.setTimestamp(2, Timestamp.from(at));
            destroy.setTimestamp(3, Timestamp.from(at));
            try (ResultSet row = destroy.executeQuery()) {
                row.next();
                return row.getTimestamp(1).toInstant();
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not destroy data key " + keyId, e);
        }
    }

    private record Key(Optional<byte[]> material, Optional<Instant> destroyedAt) {
    }

    private static Optional<Key> key(Connection connection, String keyId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT key_material, destroyed_at FROM data_keys WHERE key_id = ?")) {
            select.setString(1, keyId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Key(Optional.ofNullable(row.getBytes(1)),
                        Optional.ofNullable(row.getTimestamp(2)).map(Timestamp::toInstant)));
            }
        }
    }
}
