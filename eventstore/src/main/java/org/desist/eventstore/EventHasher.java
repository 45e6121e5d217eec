package org.desist.eventstore;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The hash chain: an event's hash is SHA-256 over everything stored about it — its position, stream, version,
 * identity, type, payload and accountability — and its predecessor's hash in the same stream. Covering the
 * position makes a reordering of rows visible; covering the predecessor makes a removal visible.
 */
public final class EventHasher {

    private EventHasher() {
    }

    private static final MessageDigest SHA_256 = sha256();

    public static EventHash hash(StoredEvent e) {
        return hash(e, CanonicalJson.of(e.payload()));
    }

    /** The hash, given the payload's canonical JSON when the caller has it already (appends reuse it). */
    public static EventHash hash(StoredEvent e, String canonicalPayload) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeLong(e.position());
            text(out, e.stream().type());
            text(out, e.stream().id());
            out.writeLong(e.version());
            text(out, e.eventId().toString());
            text(out, e.type());
            out.writeInt(e.schemaVersion());
            text(out, canonicalPayload);
            text(out, e.actor().subject());
            text(out, e.actor().role());
            optional(out, e.actor().team());
            optional(out, e.actor().agency());
            instant(out, e.occurredAt());
            instant(out, e.recordedAt());
            optional(out, e.rationale());
            text(out, e.correlationId().toString());
            optional(out, e.causationId().map(Object::toString));
            optional(out, e.previousHash().map(EventHash::hex));
            // Last, and only when known: events recorded before the stable id was kept hash as they always did.
            if (e.actor().id().isPresent()) {
                text(out, e.actor().id().get());
            }
            out.flush();
            return new EventHash(digest().digest(bytes.toByteArray()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A fresh digest, cloned from a prototype rather than looked up among the security providers each time. */
    private static MessageDigest digest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }

    /** PostgreSQL keeps microseconds: an instant is hashed and stored at that precision. */
    public static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            text(out, value.get());
        }
    }

    private static void instant(DataOutputStream out, Instant value) throws IOException {
        Instant micros = storable(value);
        out.writeLong(micros.getEpochSecond());
        out.writeInt(micros.getNano());
    }
}
