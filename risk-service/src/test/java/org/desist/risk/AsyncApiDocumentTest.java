package org.desist.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.desist.eventstore.audit.Checkpoints;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.consume.DeadLetters;
import org.desist.risk.assessment.AssessmentEvent;
import org.desist.risk.ogrs3.ScoresEvent;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document lists every event risk-service publishes. */
class AsyncApiDocumentTest {

    @Test
    void everyPublishedEventIsDocumented() throws IOException {
        String document;
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/META-INF/resources/asyncapi.yaml")) {
            assertThat(in).isNotNull();
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Stream.of(AssessmentEvent.class, ScoresEvent.class)
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
                .filter(c -> c.isAnnotationPresent(EventType.class))
                .map(c -> c.getAnnotation(EventType.class).value())
                .forEach(type -> assertThat(document).contains("name: \"" + type + "\""));
    }

    @Test
    void theAuditCheckpointsAndTheDeadLetterTopicAreDocumented() throws IOException {
        String document;
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/META-INF/resources/asyncapi.yaml")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(document).contains("address: \"desist.audit.checkpoints\"", "name: \"" + Checkpoints.TYPE + "\"",
                "address: \"desist.risk.dead-letters\"", DeadLetters.REASON_HEADER + ":", DeadLetters.CONSUMER_HEADER + ":",
                DeadLetters.KIND_HEADER + ":");
        Stream.of("service", "treeSize", "rootHash", "issuedAt", "keyId", "algorithm", "signature")
                .forEach(field -> assertThat(document).contains("          " + field + ":"));
    }
}
