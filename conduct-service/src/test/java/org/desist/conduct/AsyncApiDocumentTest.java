package org.desist.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.desist.conduct.board.BoardConductEvent;
import org.desist.conduct.board.BoardInterestEvent;
import org.desist.conduct.board.BoardRosterEvent;
import org.desist.conduct.conviction.ConvictionEvent;
import org.desist.conduct.declaration.DeclarationEvent;
import org.desist.conduct.disclosure.DisclosureEvent;
import org.desist.conduct.gift.GiftEvent;
import org.desist.conduct.misconduct.MisconductEvent;
import org.desist.conduct.outsidework.OutsideWorkEvent;
import org.desist.conduct.safeguarding.SafeguardingEvent;
import org.desist.conduct.staff.StaffEvent;
import org.desist.conduct.training.TrainingEvent;
import org.desist.eventstore.audit.Checkpoints;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.consume.DeadLetters;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document lists every event conduct-service publishes, and none of its private streams' events. */
class AsyncApiDocumentTest {

    @Test
    void everyPublishedEventIsDocumentedAndPrivateOnesAreNot() throws IOException {
        String document;
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/META-INF/resources/asyncapi.yaml")) {
            assertThat(in).isNotNull();
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Stream.concat(types(Stream.of(StaffEvent.class, SafeguardingEvent.class, TrainingEvent.class,
                BoardInterestEvent.class, BoardRosterEvent.class)), types(Stream.of(GiftEvent.GiftOfferDeclined.class,
                        DeclarationEvent.RelationshipDeclared.class, DeclarationEvent.DeclarationEnded.class)))
                .forEach(type -> assertThat(document).contains("name: \"" + type + "\""));
        // Staff's private records stay in the private stream: only what other services act on is published.
        Stream.concat(types(Stream.of(DisclosureEvent.class, MisconductEvent.class, BoardConductEvent.class,
                ConvictionEvent.class, OutsideWorkEvent.class)), types(Stream.of(GiftEvent.GiftOfferRecorded.class,
                        GiftEvent.GiftOfferDecided.class, DeclarationEvent.ConflictDeclared.class,
                        DeclarationEvent.DeclarationAmended.class, DeclarationEvent.ConflictWithdrawn.class,
                        DeclarationEvent.DeclarationReviewed.class)))
                .forEach(type -> assertThat(document).doesNotContain(type));
    }

    private static Stream<String> types(Stream<Class<?>> families) {
        return families.flatMap(family -> family.isSealed() ? Arrays.stream(family.getPermittedSubclasses())
                : Stream.of(family)).filter(c -> c.isAnnotationPresent(EventType.class))
                .map(c -> c.getAnnotation(EventType.class).value());
    }

    @Test
    void theAuditCheckpointsAndTheDeadLetterTopicAreDocumented() throws IOException {
        String document;
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/META-INF/resources/asyncapi.yaml")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(document).contains("address: \"desist.audit.checkpoints\"", "name: \"" + Checkpoints.TYPE + "\"",
                "address: \"desist.conduct.dead-letters\"", DeadLetters.REASON_HEADER + ":", DeadLetters.CONSUMER_HEADER + ":",
                DeadLetters.KIND_HEADER + ":");
        Stream.of("service", "treeSize", "rootHash", "issuedAt", "keyId", "algorithm", "signature")
                .forEach(field -> assertThat(document).contains("          " + field + ":"));
    }
}
