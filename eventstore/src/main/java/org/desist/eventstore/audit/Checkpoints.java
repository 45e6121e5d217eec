package org.desist.eventstore.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.desist.eventstore.CanonicalJson;
import org.desist.eventstore.EventStoreConfig;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.relay.CloudEventHeaders;
import org.desist.eventstore.relay.Notices;
import org.jboss.logging.Logger;

/**
 * Signed checkpoints of the log's Merkle tree — tree size, root hash, time, Ed25519 signature — made at least every
 * {@code checkpoint-interval} while events arrive, and whenever one is asked for and the tree has grown since the
 * last. Each is published as a CloudEvent {@code audit.checkpoint.signed} on {@code desist.audit.checkpoints}: once
 * outside the database, a checkpoint is evidence that no one with database access can rewrite (RFC 9162's signed
 * tree heads).
 */
@ApplicationScoped
public class Checkpoints {

    public static final String TYPE = "audit.checkpoint.signed";
    static final String NO_KEY = "desist.eventstore.audit.signing-key is not set: set DESIST_AUDIT_SIGNING_KEY to this "
            + "service's Ed25519 key, 32 random bytes in base64 (openssl rand -base64 32); the local platform's documented "
            + "keys are in deploy/local/platform";
    private static final Logger LOG = Logger.getLogger(Checkpoints.class);

    /** A signed checkpoint as the audit API gives it: root in hex, signature in base64. */
    public record Checkpoint(long treeSize, String rootHash, String issuedAt, String keyId, String signature) {

        public String signedText() {
            return CheckpointSigner.text(treeSize, rootHash, issuedAt);
        }
    }

    private final AuditTree tree;
    private final AgroalDataSource dataSource;
    private final EventStoreConfig config;
    private CheckpointSigner signer;
    private final Notices notices;
    private volatile boolean running;
    private Thread loop;

    Checkpoints(AuditTree tree, AgroalDataSource dataSource, EventStoreConfig config, Notices notices) {
        this.notices = notices;
        this.tree = tree;
        this.dataSource = dataSource;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        signer = new CheckpointSigner(CheckpointSigner.seed(config.audit().signingKey()
                .orElseThrow(() -> new IllegalStateException(NO_KEY))));
        if (config.audit().enabled()) {
            running = true;
            loop = Thread.ofVirtual().name("audit-checkpoints").start(this::run);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (loop != null) {
            loop.interrupt();
            loop.join(5_000);
        }
    }

    public String keyId() {
        return config.audit().keyId().orElse(config.service());
    }

    public byte[] publicKey() {
        return signer.publicKey();
    }

    /** The latest checkpoint, signed now if the tree has grown since the last one. */
    public Checkpoint current() {
        long size = tree.catchUp();
        Optional<Checkpoint> latest = latest();
        if (latest.isPresent() && latest.get().treeSize() >= size) {
            return latest.get();
        }
        return sign(size);
    }

    public Optional<Checkpoint> latest() {
        List<Checkpoint> found = select("ORDER BY tree_size DESC LIMIT 1", null);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** Brings the tree up to date, signs a checkpoint if one is due, and publishes those not yet published. */
    public void tick() {
        long size = tree.catchUp();
        Optional<Checkpoint> latest = latest();
        boolean due = latest.isEmpty() || latest.get().treeSize() < size
                && Instant.parse(latest.get().issuedAt()).plus(config.audit().checkpointInterval()).isBefore(Instant.now());
        if (due) {
            sign(size);
        }
        publishPending();
    }

    private void run() {
        while (running) {
            try {
                tick();
            } catch (RuntimeException e) {
                LOG.warnf("audit checkpoints of %s will be tried again: %s", config.service(), e.getMessage());
            }
            try {
                Thread.sleep(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Checkpoint sign(long size) {
        String root = HexFormat.of().formatHex(tree.root(size));
        String issuedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        byte[] signature = signer.sign(CheckpointSigner.text(size, root, issuedAt));
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_checkpoints (tree_size, root_hash, issued_at, key_id, signature) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (tree_size) DO NOTHING")) {
            insert.setLong(1, size);
            insert.setBytes(2, HexFormat.of().parseHex(root));
            insert.setString(3, issuedAt);
            insert.setString(4, keyId());
            insert.setBytes(5, signature);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not store a checkpoint", e);
        }
        // Another instance may have signed this size first: its checkpoint stands.
        return select("WHERE tree_size = ?", size).getFirst();
    }

    private void publishPending() {
        for (Checkpoint checkpoint : select("WHERE NOT published ORDER BY tree_size", null)) {
            ObjectNode data = JsonNodeFactory.instance.objectNode().put("service", config.service())
                    .put("treeSize", checkpoint.treeSize()).put("rootHash", checkpoint.rootHash())
                    .put("issuedAt", checkpoint.issuedAt()).put("keyId", checkpoint.keyId())
                    .put("algorithm", "Ed25519").put("signature", checkpoint.signature());
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(config.audit().topic(),
                    config.service().getBytes(StandardCharsets.UTF_8), CanonicalJson.of(data).getBytes(StandardCharsets.UTF_8));
            header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
            header(record, CloudEventHeaders.ID, "checkpoint-" + checkpoint.treeSize());
            header(record, CloudEventHeaders.SOURCE, "/desist/" + config.service());
            header(record, CloudEventHeaders.TYPE, TYPE);
            header(record, CloudEventHeaders.SUBJECT, config.service());
            header(record, CloudEventHeaders.TIME, checkpoint.issuedAt());
            header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
            try {
                notices.send(record, null).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("could not publish checkpoint " + checkpoint.treeSize() + " to "
                        + config.audit().topic() + ": " + e.getMessage(), e);
            }
            try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                    "UPDATE audit_checkpoints SET published = true WHERE tree_size = ?")) {
                update.setLong(1, checkpoint.treeSize());
                update.executeUpdate();
            } catch (SQLException e) {
                throw new EventStoreFailure("could not mark checkpoint " + checkpoint.treeSize() + " published", e);
            }
        }
    }

    private static void header(ProducerRecord<byte[], byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }


    private List<Checkpoint> select(String condition, Long size) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT tree_size, root_hash, issued_at, key_id, signature FROM audit_checkpoints " + condition)) {
            if (size != null) {
                select.setLong(1, size);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<Checkpoint> checkpoints = new ArrayList<>();
                while (rows.next()) {
                    checkpoints.add(new Checkpoint(rows.getLong(1), HexFormat.of().formatHex(rows.getBytes(2)),
                            rows.getString(3), rows.getString(4), Base64.getEncoder().encodeToString(rows.getBytes(5))));
                }
                return checkpoints;
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the checkpoints", e);
        }
    }
}
