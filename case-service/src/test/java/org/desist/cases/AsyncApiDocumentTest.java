package org.desist.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.desist.cases.allocation.AllocationEvent;
import org.desist.cases.contact.ContactEvent;
import org.desist.cases.criminalhistory.CriminalHistoryEvent;
import org.desist.cases.enforcement.EnforcementEvent;
import org.desist.cases.person.PersonEvent;
import org.desist.cases.plan.PlanEvent;
import org.desist.cases.premises.PremisesEvent;
import org.desist.cases.sentence.SentenceEvent;
import org.desist.cases.supervision.SupervisionEvent;
import org.desist.cases.victim.VictimEvent;
import org.desist.eventstore.audit.Checkpoints;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.consume.DeadLetters;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document lists every event case-service publishes, and no private one. */
class AsyncApiDocumentTest {

    private static final List<Class<?>> PUBLISHED = List.of(PersonEvent.class, ContactEvent.class, SentenceEvent.class,
            EnforcementEvent.class, AllocationEvent.class, SupervisionEvent.class, PlanEvent.class, PremisesEvent.class,
            CriminalHistoryEvent.class, org.desist.cases.access.AccessEvent.class,
            org.desist.cases.voice.VoiceEvent.class);

    @Test
    void everyPublishedEventIsDocumentedAndVictimContactIsNot() throws IOException {
        String document = read("/META-INF/resources/asyncapi.yaml");

        assertThat(types(PUBLISHED.stream())).allSatisfy(type -> assertThat(document).contains("name: \"" + type + "\""));
        assertThat(types(Stream.of(VictimEvent.class))).noneSatisfy(type -> assertThat(document).contains(type));
    }

    private static List<String> types(Stream<Class<?>> families) {
        return families.flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
                .filter(c -> c.isAnnotationPresent(EventType.class))
                .map(c -> c.getAnnotation(EventType.class).value()).toList();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theAuditCheckpointsAndTheDeadLetterTopicAreDocumented() throws IOException {
        String document;
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/META-INF/resources/asyncapi.yaml")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(document).contains("address: \"desist.audit.checkpoints\"", "name: \"" + Checkpoints.TYPE + "\"",
                "address: \"desist.case.dead-letters\"", DeadLetters.REASON_HEADER + ":", DeadLetters.CONSUMER_HEADER + ":",
                DeadLetters.KIND_HEADER + ":");
        Stream.of("service", "treeSize", "rootHash", "issuedAt", "keyId", "algorithm", "signature")
                .forEach(field -> assertThat(document).contains("          " + field + ":"));
    }
}
