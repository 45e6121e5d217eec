package org.desist.eventstore.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.EventHash;
import org.desist.eventstore.EventHasher;
import org.desist.eventstore.EventRows;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.TestStreams;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * Tamper evidence that holds against someone with database access: the log's Merkle tree, its signed checkpoints and
 * proofs, checked here only as an outsider would (the RFC's algorithms and the public key), and the auditor that finds
 * a rewrite even when the hash chain was recomputed to hide it.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_test"))
class AuditCheckpointTest {

    private static final HexFormat HEX = HexFormat.of();

    @Inject
    EventStore store;

    @Inject
    Checkpoints checkpoints;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCheckpointIsSignedByTheServicesKeyOverItsSizeRootAndTime() {
        appendThree();

        JsonPath checkpoint = auditor().get("/admin/audit/checkpoint").then().statusCode(200).extract().jsonPath();
        JsonPath key = given().when().get("/admin/audit/public-key").then().statusCode(200)
                .body("algorithm", equalTo("Ed25519")).extract().jsonPath();

        String signed = checkpoint.getLong("treeSize") + "\n" + checkpoint.getString("rootHash") + "\n"
                + checkpoint.getString("issuedAt");
        byte[] publicKey = Base64.getDecoder().decode(key.getString("publicKey"));
        assertThat(publicKey).hasSize(32);
        assertThat(key.getString("keyId")).isEqualTo(checkpoint.getString("keyId"));
        assertThat(CheckpointSigner.verify(publicKey, signed, Base64.getDecoder().decode(checkpoint.getString("signature"))))
                .isTrue();
        assertThat(CheckpointSigner.verify(publicKey, signed + "0",
                Base64.getDecoder().decode(checkpoint.getString("signature")))).isFalse();
    }

    @Test
    void theRootIsTheTreeOfEveryEventHashInCommitOrder() throws Exception {
        appendThree();
        JsonPath checkpoint = auditor().get("/admin/audit/checkpoint").then().statusCode(200).extract().jsonPath();
        long size = checkpoint.getLong("treeSize");

        InMemoryTree tree = new InMemoryTree();
        try (Connection sql = dataSource.getConnection(); Statement select = sql.createStatement();
                ResultSet rows = select.executeQuery("SELECT hash FROM events ORDER BY transaction_id, position LIMIT " + size)) {
            while (rows.next()) {
                tree.add(rows.getBytes(1));
            }
        }
        assertThat(tree.size()).isEqualTo(size);
        assertThat(HEX.formatHex(tree.root(size))).isEqualTo(checkpoint.getString("rootHash"));
    }

    @Test
    void anInclusionProofForAnEventChecksAgainstTheSignedRoot() {
        StoredEvent event = appendThree().get(1);
        JsonPath checkpoint = auditor().get("/admin/audit/checkpoint").then().statusCode(200).extract().jsonPath();
        long size = checkpoint.getLong("treeSize");

        JsonPath proof = auditor().get("/admin/audit/proof/inclusion?position=" + event.position() + "&treeSize=" + size)
                .then().statusCode(200).body("treeSize", equalTo((int) size)).extract().jsonPath();

        byte[] leafHash = HEX.parseHex(proof.getString("leafHash"));
        assertThat(leafHash).isEqualTo(MerkleTree.leafHash(event.hash().bytes()));
        List<byte[]> path = proof.getList("auditPath", String.class).stream().map(HEX::parseHex).toList();
        assertThat(MerkleTree.verifyInclusion(proof.getLong("leafIndex"), size, leafHash, path,
                HEX.parseHex(checkpoint.getString("rootHash")))).isTrue();
        JsonPath byIndex = auditor().get("/admin/audit/proof/inclusion?leafIndex=" + proof.getLong("leafIndex")
                + "&treeSize=" + size).then().statusCode(200).extract().jsonPath();
        assertThat(byIndex.getList("auditPath")).isEqualTo(proof.getList("auditPath"));
    }

    @Test
    void aConsistencyProofShowsTheLaterCheckpointExtendsTheEarlier() {
        appendThree();
        JsonPath first = auditor().get("/admin/audit/checkpoint").then().statusCode(200).extract().jsonPath();
        appendThree();
        JsonPath second = auditor().get("/admin/audit/checkpoint").then().statusCode(200).extract().jsonPath();
        long from = first.getLong("treeSize");
        long to = second.getLong("treeSize");
        assertThat(to).isGreaterThan(from);

        JsonPath proof = auditor().get("/admin/audit/proof/consistency?from=" + from + "&to=" + to)
                .then().statusCode(200).extract().jsonPath();

        List<byte[]> hashes = proof.getList("proof", String.class).stream().map(HEX::parseHex).toList();
        assertThat(MerkleTree.verifyConsistency(from, to, HEX.parseHex(first.getString("rootHash")),
                HEX.parseHex(second.getString("rootHash")), hashes)).isTrue();
    }

    @Test
    void proofsOfTreesTheLogNeverHadAreRefusedNamingTheField() {
        long size = auditor().get("/admin/audit/checkpoint").then().statusCode(200).extract().jsonPath().getLong("treeSize");
        auditor().get("/admin/audit/proof/inclusion?leafIndex=0&treeSize=" + (size + 1_000_000)).then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("treeSize"));
        auditor().get("/admin/audit/proof/inclusion?leafIndex=" + size + "&treeSize=" + size).then().statusCode(400)
                .body("field", equalTo("leafIndex"));
        auditor().get("/admin/audit/proof/consistency?from=0&to=1").then().statusCode(400).body("field", equalTo("from"));
        auditor().get("/admin/audit/proof/inclusion?leafIndex=first&treeSize=1").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("leafIndex"));
        auditor().get("/admin/audit/proof/consistency?from=1&to=1.5").then().statusCode(400).body("field", equalTo("to"));
        given().auth().oauth2(Tokens.of("officer")).when().get("/admin/audit/checkpoint").then().statusCode(403);
        given().when().get("/admin/audit/proof/consistency?from=1&to=1").then().statusCode(401);
    }

    @Test
    void checkpointsArePublishedAsSignedCloudEvents() {
        appendThree();
        checkpoints.tick();
        Checkpoints.Checkpoint latest = checkpoints.latest().orElseThrow();

        try (TopicReader topic = new TopicReader("desist.audit.checkpoints.test")) {
            List<ConsumerRecord<String, String>> found = topic.await(r -> "audit.checkpoint.signed".equals(TopicReader.type(r))
                    && new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)
                            .equals("checkpoint-" + latest.treeSize())
                    && new String(r.headers().lastHeader("ce_source").value(), StandardCharsets.UTF_8)
                            .equals("/desist/eventstore-test"), 1, Duration.ofSeconds(30));
            assertThat(found.getFirst().value()).contains("\"rootHash\":\"" + latest.rootHash() + "\"")
                    .contains("\"signature\":\"" + latest.signature() + "\"");
        }
    }

    @Test
    void theAuditorFindsARewriteWhoseHashChainWasRecomputedToHideIt() throws Exception {
        List<StoredEvent> events = appendThree();
        Checkpoints.Checkpoint signed = checkpoints.current();
        List<LogAuditor.SignedCheckpoint> published = List.of(new LogAuditor.SignedCheckpoint(signed.treeSize(),
                signed.rootHash(), signed.issuedAt(), signed.keyId(), signed.signature()));
        byte[] publicKey = checkpoints.publicKey();
        try (Connection insider = LocalPlatform.ownerConnection("desist_eventstore_test")) {
            insider.setAutoCommit(false);
            try {
                assertThat(LogAuditor.audit(insider, published, publicKey).clean()).isTrue();
                assertThat(LogAuditor.audit(insider, List.of(emptyLogCheckpoint(), published.getFirst()), publicKey).clean())
                        .as("a checkpoint of the empty log, as a service signs at its first start").isTrue();

                // An insider changes the middle event and recomputes its hash, the next event's, and the stream head.
                Statement sql = insider.createStatement();
                sql.execute("ALTER TABLE events DISABLE TRIGGER events_immutable");
                sql.execute("UPDATE events SET payload = '{\"n\": 2, \"note\": \"rewritten\"}' WHERE position = "
                        + events.get(1).position());
                EventHash previous = rehash(insider, events.get(1).position(), Optional.of(events.get(0).hash()));
                EventHash last = rehash(insider, events.get(2).position(), Optional.of(previous));
                try (PreparedStatement head = insider.prepareStatement(
                        "UPDATE event_streams SET last_hash = ? WHERE stream_id = ?")) {
                    head.setBytes(1, last.bytes());
                    head.setString(2, events.get(2).stream().id());
                    head.executeUpdate();
                }

                LogAuditor.Report report = LogAuditor.audit(insider, published, publicKey);
                assertThat(report.findings()).extracting(LogAuditor.Finding::kind).containsExactly("rewritten");

                sql.execute("DELETE FROM events WHERE stream_id = '" + events.get(0).stream().id() + "'");
                sql.execute("DELETE FROM event_streams WHERE stream_id = '" + events.get(0).stream().id() + "'");
                assertThat(LogAuditor.audit(insider, published, publicKey).findings()).extracting(LogAuditor.Finding::kind)
                        .contains("truncated");

                List<LogAuditor.SignedCheckpoint> forged = List.of(new LogAuditor.SignedCheckpoint(signed.treeSize(),
                        HEX.formatHex(new byte[32]), signed.issuedAt(), signed.keyId(), signed.signature()));
                assertThat(LogAuditor.audit(insider, forged, publicKey).findings()).extracting(LogAuditor.Finding::kind)
                        .contains("bad-signature");
            } finally {
                insider.rollback();
            }
        }
    }

    /** What a service signs when it first starts, before any event: the empty tree (the tests' documented key). */
    private static LogAuditor.SignedCheckpoint emptyLogCheckpoint() {
        CheckpointSigner signer = new CheckpointSigner(CheckpointSigner.seed("bG9jYWwtb25seS1kZXNpc3QtYXVkaXQtZGV2LXRlc3Q="));
        String root = HEX.formatHex(MerkleTree.emptyRoot());
        String issuedAt = "2026-01-01T00:00:00Z";
        return new LogAuditor.SignedCheckpoint(0, root, issuedAt, "eventstore-test",
                Base64.getEncoder().encodeToString(signer.sign(CheckpointSigner.text(0, root, issuedAt))));
    }

    /** What an insider with the owner's rights does: recompute an event's hash over its changed content and chain. */
    private static EventHash rehash(Connection sql, long position, Optional<EventHash> previous) throws Exception {
        StoredEvent stored;
        try (Statement select = sql.createStatement();
                ResultSet row = select.executeQuery("SELECT " + EventRows.COLUMNS + " FROM events WHERE position = " + position)) {
            row.next();
            stored = EventRows.one(row);
        }
        StoredEvent relinked = new StoredEvent(stored.position(), stored.stream(), stored.version(), stored.eventId(),
                stored.type(), stored.schemaVersion(), stored.payload(), stored.actor(), stored.occurredAt(),
                stored.recordedAt(), stored.rationale(), stored.correlationId(), stored.causationId(), previous, stored.hash());
        EventHash hash = EventHasher.hash(relinked);
        try (PreparedStatement update = sql.prepareStatement(
                "UPDATE events SET hash = ?, previous_hash = ? WHERE position = ?")) {
            update.setBytes(1, hash.bytes());
            update.setBytes(2, previous.map(EventHash::bytes).orElse(null));
            update.setLong(3, position);
            update.executeUpdate();
        }
        return hash;
    }

    private List<StoredEvent> appendThree() {
        StreamId stream = TestStreams.newStream();
        return store.append(stream, ExpectedVersion.noStream(), TestStreams.events(3), TestStreams.metadata());
    }

    private static io.restassured.specification.RequestSpecification auditor() {
        return given().auth().oauth2(Tokens.of("auditor")).when();
    }
}
