package org.desist.eventstore.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.desist.eventstore.CanonicalJson;
import org.desist.eventstore.EventHasher;
import org.desist.eventstore.EventRows;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.relay.CloudEventHeaders;

/**
 * The auditor outside the service: reads the checkpoints a service published to Kafka and the service's log from its
 * database, recomputes every event's hash from its content and the Merkle tree from those hashes in commit order, and
 * reports any checkpoint the log no longer matches — a rewritten event (even with its hash chain recomputed by someone
 * with database access), removed events or streams, a truncated log, or two checkpoints of one size that disagree (a
 * forked history) — and any checkpoint whose signature the pinned public key does not check. It trusts nothing the
 * service computed: not its hashes, not its stored tree.
 *
 * <p>{@code deploy/local/platform audit SERVICE} runs it against the local platform.
 */
public final class LogAuditor {

    /** A checkpoint as published in {@code audit.checkpoint.signed}. */
    public record SignedCheckpoint(long treeSize, String rootHash, String issuedAt, String keyId, String signature) {
    }

    public record Finding(String kind, String detail) {
    }

    public record Report(long events, int checkpoints, List<Finding> findings) {
        public boolean clean() {
            return findings.isEmpty();
        }
    }

    private LogAuditor() {
    }

    /** Audits the log read through {@code log} against the checkpoints, with the service's pinned public key. */
    public static Report audit(Connection log, List<SignedCheckpoint> published, byte[] publicKey) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        List<SignedCheckpoint> checkpoints = new ArrayList<>();
        for (SignedCheckpoint checkpoint : published) {
            String text = CheckpointSigner.text(checkpoint.treeSize(), checkpoint.rootHash(), checkpoint.issuedAt());
            if (CheckpointSigner.verify(publicKey, text, Base64.getDecoder().decode(checkpoint.signature()))) {
                checkpoints.add(checkpoint);
            } else {
                findings.add(new Finding("bad-signature", "checkpoint of " + checkpoint.treeSize() + " events issued "
                        + checkpoint.issuedAt() + " is not signed by the pinned key: it was not made by this service"));
            }
        }
        Map<Long, List<SignedCheckpoint>> bySize = checkpoints.stream()
                .collect(Collectors.groupingBy(SignedCheckpoint::treeSize));
        bySize.forEach((size, same) -> {
            if (same.stream().map(SignedCheckpoint::rootHash).distinct().count() > 1) {
                findings.add(new Finding("forked", "two signed checkpoints of " + size + " events have different roots: "
                        + "the service showed different histories to different readers"));
            }
        });
        checkpoints.sort(Comparator.comparingLong(SignedCheckpoint::treeSize));

        InMemoryTree tree = new InMemoryTree();
        List<Long> positions = new ArrayList<>();
        int next = 0;
        long lastMatched = 0;
        for (; next < checkpoints.size() && checkpoints.get(next).treeSize() == 0; next++) {
            if (!HexFormat.of().formatHex(MerkleTree.emptyRoot()).equals(checkpoints.get(next).rootHash())) {
                findings.add(new Finding("forked", "a checkpoint of the empty log signed at "
                        + checkpoints.get(next).issuedAt() + " has a root that is not the empty tree's"));
            }
        }
        try (PreparedStatement select = log.prepareStatement("SELECT " + EventRows.COLUMNS
                + " FROM events ORDER BY transaction_id, position")) {
            select.setFetchSize(5_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    StoredEvent event = EventRows.one(rows);
                    tree.add(EventHasher.hash(event).bytes());
                    positions.add(event.position());
                    while (next < checkpoints.size() && checkpoints.get(next).treeSize() == tree.size()) {
                        SignedCheckpoint checkpoint = checkpoints.get(next++);
                        if (HexFormat.of().formatHex(tree.root(tree.size())).equals(checkpoint.rootHash())) {
                            lastMatched = tree.size();
                        } else {
                            findings.add(new Finding("rewritten", "the log's first " + checkpoint.treeSize()
                                    + " events no longer hash to the root signed at " + checkpoint.issuedAt()
                                    + ": an event among leaves " + lastMatched + " to " + (checkpoint.treeSize() - 1)
                                    + " (positions " + positions.get((int) lastMatched) + " to " + event.position()
                                    + ") was changed, removed or inserted since"));
                        }
                    }
                }
            }
        }
        if (next < checkpoints.size()) {
            SignedCheckpoint last = checkpoints.getLast();
            findings.add(new Finding("truncated", "the log has " + tree.size() + " events, but a checkpoint signed at "
                    + last.issuedAt() + " covers " + last.treeSize() + ": events were removed"));
        }
        return new Report(tree.size(), checkpoints.size(), findings);
    }

    /** Every checkpoint of one service on the topic, from the beginning. */
    public static List<SignedCheckpoint> published(String bootstrapServers, String topic, String service) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<SignedCheckpoint> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (Checkpoints.TYPE.equals(header(record, CloudEventHeaders.TYPE))
                            && ("/desist/" + service).equals(header(record, CloudEventHeaders.SOURCE))) {
                        JsonNode data = CanonicalJson.parse(record.value());
                        found.add(new SignedCheckpoint(data.get("treeSize").asLong(), data.get("rootHash").asText(),
                                data.get("issuedAt").asText(), data.get("keyId").asText(), data.get("signature").asText()));
                    }
                }
            }
        }
        return found;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * {@code LogAuditor --service case-service --jdbc jdbc:postgresql://127.0.0.1:5432/desist_case --user U --password P
     * --kafka localhost:9092 --public-key BASE64 [--topic desist.audit.checkpoints]}; exits 0 when the log matches every
     * checkpoint, 1 when it does not, 2 on bad arguments.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("--topic", "desist.audit.checkpoints", "--kafka", "localhost:9092"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--service", "--jdbc", "--user", "--password", "--public-key")) {
            if (!options.containsKey(required)) {
                System.err.println("missing " + required + ": LogAuditor --service NAME --jdbc URL --user U --password P"
                        + " --public-key BASE64 [--kafka HOST:PORT] [--topic TOPIC]");
                System.exit(2);
            }
        }
        String service = options.get("--service");
        System.out.println("reading the checkpoints " + service + " published on " + options.get("--topic") + " ...");
        List<SignedCheckpoint> checkpoints = published(options.get("--kafka"), options.get("--topic"), service);
        System.out.println("read " + checkpoints.size() + " checkpoints; rebuilding the Merkle tree from the log ...");
        Report report;
        try (Connection log = DriverManager.getConnection(options.get("--jdbc"), options.get("--user"), options.get("--password"))) {
            log.setAutoCommit(false);
            log.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            report = audit(log, checkpoints, Base64.getDecoder().decode(options.get("--public-key")));
            log.rollback();
        }
        if (report.clean()) {
            System.out.println("OK: " + report.events() + " events match all " + report.checkpoints()
                    + " signed checkpoints of " + service);
            System.exit(0);
        }
        report.findings().forEach(f -> System.out.println("FOUND " + f.kind() + ": " + f.detail()));
        System.exit(1);
    }
}
