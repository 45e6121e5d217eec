package org.desist.eventstore.access;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.EventStoreFailure;

/**
 * Every read of a person's record, granted or refused: who, in what role, team or agency, which part of whose record
 * through which operation, on what basis and, for a break-glass read, the purpose declared. Its own log, apart from
 * the person's stream, append-only (the service's database role may not change it) and hash-chained: each entry's
 * hash covers the previous one's, so a deleted or altered entry breaks the chain ({@link #verify}).
 */
@ApplicationScoped
public class AccessLog {

    /** The chain is one sequence per service: appends take this lock for the moment of linking. */
    private static final long CHAIN_LOCK = 0x6163636573734c6FL;
    private static final String COLUMNS = "id, at, subject, name, role, team, agency, crn, part, operation, granted, "
            + "basis, purpose, previous_hash, hash";

    private final AgroalDataSource dataSource;
    private final io.micrometer.core.instrument.Timer appends;

    AccessLog(AgroalDataSource dataSource, io.micrometer.core.instrument.MeterRegistry registry) {
        this.dataSource = dataSource;
        // what an entry adds to each read: measured (bench/access/reads), for the read is not to slow noticeably
        this.appends = io.micrometer.core.instrument.Timer.builder("desist.access.log.append")
                .description("time to append one entry to the access log, its own transaction included")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    /** One access as the log keeps it. */
    public record Entry(long id, Instant at, String subject, Optional<String> name, String role, Optional<String> team,
            Optional<String> agency, String crn, String part, String operation, boolean granted, String basis,
            Optional<String> purpose, String hash) {
    }

    /** Appends in a transaction of its own: the access stands whatever the operation does next. */
    public void record(Reader reader, String crn, Part part, String operation, Access access) {
        boolean granted = access instanceof Access.Granted;
        String basis = switch (access) {
            case Access.Granted g -> g.basis();
            case Access.Refused r -> r.rule();
        };
        Optional<String> purpose = access instanceof Access.Granted g ? g.purpose() : Optional.empty();
        Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as PostgreSQL keeps it, so verify re-hashes the same
        appends.record(() -> QuarkusTransaction.requiringNew().run(() -> append(reader, crn, part, operation, granted,
                basis, purpose, at)));
    }

    private void append(Reader reader, String crn, Part part, String operation, boolean granted, String basis,
            Optional<String> purpose, Instant at) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CHAIN_LOCK);
                lock.execute();
            }
            byte[] previous = null;
            try (PreparedStatement last = connection.prepareStatement("SELECT hash FROM access_log ORDER BY id DESC LIMIT 1");
                    ResultSet row = last.executeQuery()) {
                if (row.next()) {
                    previous = row.getBytes(1);
                }
            }
            byte[] hash = hash(previous, at, reader.subject(), reader.role(), crn, part.name(), operation, granted, basis,
                    purpose.orElse(""));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO access_log (at, subject, name, role, "
                    + "team, agency, crn, part, operation, granted, basis, purpose, previous_hash, hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setTimestamp(1, Timestamp.from(at));
                insert.setString(2, reader.subject());
                insert.setString(3, reader.name().orElse(null));
                insert.setString(4, reader.role());
                insert.setString(5, reader.team().orElse(null));
                insert.setString(6, reader.agency().orElse(null));
                insert.setString(7, crn);
                insert.setString(8, part.name());
                insert.setString(9, operation);
                insert.setBoolean(10, granted);
                insert.setString(11, basis);
                insert.setString(12, purpose.orElse(null));
                insert.setBytes(13, previous);
                insert.setBytes(14, hash);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not record an access to case " + crn, e);
        }
    }

    /** Entries matching every filter given, newest first, at most {@code limit}. */
    public List<Entry> find(Optional<String> crn, Optional<String> subject, Optional<String> team,
            Optional<String> basis, Optional<Instant> from, Optional<Instant> to, int limit) {
        String query = "SELECT " + COLUMNS + " FROM access_log WHERE (?::text IS NULL OR crn = ?) "
                + "AND (?::text IS NULL OR subject = ?) AND (?::text IS NULL OR team = ?) "
                + "AND (?::text IS NULL OR basis = ?) AND (?::timestamptz IS NULL OR at >= ?) "
                + "AND (?::timestamptz IS NULL OR at < ?) ORDER BY id DESC LIMIT ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(query)) {
            int i = 1;
            for (Optional<String> text : List.of(crn, subject, team, basis)) {
                select.setString(i++, text.orElse(null));
                select.setString(i++, text.orElse(null));
            }
            for (Optional<Instant> instant : List.of(from, to)) {
                Timestamp at = instant.map(Timestamp::from).orElse(null);
                select.setTimestamp(i++, at);
                select.setTimestamp(i++, at);
            }
            select.setInt(i, limit);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new Entry(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
                            Optional.ofNullable(row.getString(4)), row.getString(5), Optional.ofNullable(row.getString(6)),
                            Optional.ofNullable(row.getString(7)), row.getString(8), row.getString(9), row.getString(10),
                            row.getBoolean(11), row.getString(12), Optional.ofNullable(row.getString(13)),
                            HexFormat.of().formatHex(row.getBytes(15))));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the access log", e);
        }
    }

    /** The result of walking the chain: how many entries, and the first whose hash does not follow, if any. */
    public record Verification(long entries, Optional<Long> brokenAt) {
    }

    public Verification verify() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM access_log ORDER BY id")) {
            select.setFetchSize(1_000);
            connection.setAutoCommit(false);
            byte[] previous = null;
            long entries = 0;
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries++;
                    byte[] expected = hash(previous, row.getTimestamp(2).toInstant(), row.getString(3), row.getString(5),
                            row.getString(8), row.getString(9), row.getString(10), row.getBoolean(11), row.getString(12),
                            Optional.ofNullable(row.getString(13)).orElse(""));
                    if (!MessageDigest.isEqual(expected, row.getBytes(15))
                            || !MessageDigest.isEqual(previous == null ? new byte[0] : previous,
                                    row.getBytes(14) == null ? new byte[0] : row.getBytes(14))) {
                        return new Verification(entries, Optional.of(row.getLong(1)));
                    }
                    previous = row.getBytes(15);
                }
            }
            return new Verification(entries, Optional.empty());
        } catch (SQLException e) {
            throw new EventStoreFailure("could not verify the access log", e);
        }
    }

    private static byte[] hash(byte[] previous, Instant at, String subject, String role, String crn, String part,
            String operation, boolean granted, String basis, String purpose) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (previous != null) {
                sha.update(previous);
            }
            String fields = String.join("\u001f", at.toString(), subject, role, crn, part, operation,
                    Boolean.toString(granted), basis, purpose);
            return sha.digest(fields.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
