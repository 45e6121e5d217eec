package org.desist.eventstore.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.NewEvent;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.TestStreams;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

/**
 * Verify never cries wolf: thousands of random payloads — integers, decimals written every way ({@code 10}, {@code 2E+1},
 * {@code 0.10}, {@code 1e-7}), huge integers, Unicode, escapes, nesting — are appended and the log still verifies; then
 * one character changed by SQL is found at its event. The seed is in every failure message, to replay a failing run.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_test"))
class PayloadFidelityTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] DECIMALS = {"10", "20", "2E+1", "1E+1", "20.00", "0.10", "1e-7", "1E-7", "-0.0",
            "0", "-5", "99999999999999999999999999", "1.5", "3.14159265358979323846264338327950288", "1E+300",
            "123.4560", "-0.000001"};
    private static final String[] TEXT = {"", "plain", "caf\u00e9", "\ud83d\ude00 emoji", "quote \" backslash \\",
            "line\nbreak\ttab\r", "\u001f control", "\u2028 separator", "</script>", "\u00ff\u0100\uffff", "\\u0000 spelled"};

    @Inject
    EventStore store;

    @Inject
    AuditVerifier verifier;

    @Test
    void randomPayloadsOfEveryShapeVerify() throws SQLException {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<StoredEvent> appended = new ArrayList<>();
        for (int stream = 0; stream < 200; stream++) {
            List<NewEvent> events = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                events.add(new NewEvent("test.payload.recorded", 1, object(random, 0), Instant.now(), Optional.empty()));
            }
            appended.addAll(store.append(TestStreams.newStream(), ExpectedVersion.noStream(), events, TestStreams.metadata()));
        }

        Verification intact = verifier.verify();
        assertThat(intact.valid()).as("seed %d: %s", seed, intact.problem().orElse("")).isTrue();

        StoredEvent victim = appended.get(random.nextInt(appended.size()));
        try (Connection sql = LocalPlatform.ownerConnection("desist_eventstore_test")) {
            sql.createStatement().execute("ALTER TABLE events DISABLE TRIGGER events_immutable");
            try {
                sql.createStatement().execute("UPDATE events SET payload = jsonb_set(payload, '{tampered}', '\"x\"') "
                        + "WHERE position = " + victim.position());
                Verification tampered = verifier.verifyAll();
                assertThat(tampered.valid()).as("seed %d", seed).isFalse();
                assertThat(tampered.firstInvalidPosition()).as("seed %d", seed).contains(victim.position());
            } finally {
                sql.createStatement().execute("UPDATE events SET payload = payload - 'tampered' WHERE position = "
                        + victim.position());
                sql.createStatement().execute("ALTER TABLE events ENABLE TRIGGER events_immutable");
            }
        }
        assertThat(verifier.verifyAll().valid()).as("seed %d", seed).isTrue();
    }

    private static ObjectNode object(Random random, int depth) {
        ObjectNode node = JSON.objectNode();
        int fields = 1 + random.nextInt(6);
        for (int i = 0; i < fields; i++) {
            node.set(text(random) + i, value(random, depth + 1));
        }
        return node;
    }

    private static JsonNode value(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 6 : 8);
        return switch (kind) {
            case 0 -> JSON.numberNode(new BigDecimal(DECIMALS[random.nextInt(DECIMALS.length)]));
            case 1 -> JSON.numberNode(random.nextLong());
            case 2 -> JSON.numberNode(new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(40) - 20));
            case 3 -> JSON.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(30) - 15));
            case 4 -> JSON.textNode(text(random));
            case 5 -> random.nextBoolean() ? JSON.booleanNode(random.nextBoolean()) : JSON.nullNode();
            case 6 -> object(random, depth);
            default -> {
                ArrayNode array = JSON.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(value(random, depth + 1));
                }
                yield array;
            }
        };
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder(TEXT[random.nextInt(TEXT.length)]);
        for (int i = random.nextInt(4); i > 0; i--) {
            int codePoint;
            do {
                codePoint = 1 + random.nextInt(random.nextBoolean() ? 0x7f : 0x10ffff);
            } while (Character.isSurrogate((char) codePoint) && codePoint <= 0xffff);
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }
}
