package org.desist.conduct;

import static io.restassured.RestAssured.given;
import static org.desist.conduct.Calls.TOPIC;
import static org.desist.conduct.Calls.header;
import static org.desist.conduct.Calls.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.conduct.outsidework.OutsideWork;
import org.desist.conduct.outsidework.OutsideWorkEvent;
import org.desist.conduct.staff.StaffMember;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.CommandHandler;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.Test;

/** A member of staff's convictions, outside work and gifts stay in conduct-service: only what others act on is published. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class StaffPrivacyTest {

    @Inject
    EventStore store;

    @Inject
    CommandHandler commands;

    @Test
    void convictionsOutsideWorkAndGiftsAreNotPublishedButAServiceUsersOfferIs_issue12_4() {
        String token = "private-" + UUID.randomUUID();
        post("officer", "/convictions", """
                {"staffId": "officer", "kind": "CAUTION", "details": "%s", "date": "2026-09-01"}""".formatted(token))
                .statusCode(201);
        post("officer", "/outside-work", """
                {"staffId": "officer", "kind": "EMPLOYMENT", "description": "%s"}""".formatted(token)).statusCode(201);
        post("officer", "/gifts", """
                {"staffId": "officer", "donorType": "SUPPLIER", "kind": "HOSPITALITY", "description": "%s", "value": 90,
                 "offeredAt": "2026-11-20T15:00:00Z", "decision": "ACCEPTED"}""".formatted(token)).statusCode(201);
        String crn = "P" + String.format("%06d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L));
        post("officer", "/gifts", """
                {"staffId": "officer", "donorType": "SERVICE_USER", "crn": "%s", "description": "%s", "value": 3,
                 "offeredAt": "2026-11-20T15:00:00Z", "decision": "DECLINED"}""".formatted(crn, token)).statusCode(201);

        // The relay publishes in commit order: the service user's offer, written last, comes after anything private.
        try (TopicReader topic = new TopicReader(TOPIC)) {
            List<ConsumerRecord<String, String>> seen = topic.await(r -> r.value().contains(token), 1,
                    Duration.ofSeconds(30));
            assertThat(seen).extracting(r -> header(r, "ce_type")).containsExactly("conduct.gift-offer.declined");
        }
        assertThat(store.readStream("staff-private:officer")).extracting(StoredEvent::type).contains(
                "conduct.conviction.self-reported", "conduct.outside-work.requested", "conduct.gift-offer.recorded");
    }

    @Test
    void outsideWorkRequestedBeforeThePrivateStreamIsStillDecidedAndListed_002_4_8() {
        UUID id = UUID.randomUUID();
        commands.startOrUpdate(StaffMember.stream("officer"), OutsideWork.AGGREGATE,
                work -> List.of(new OutsideWorkEvent.OutsideWorkRequested(id, "officer", OutsideWorkEvent.Kind.EMPLOYMENT,
                        "evening tutor", Optional.empty())),
                CommandMetadata.by(new Actor("officer", "probation-officer", Optional.of("N01"), Optional.empty())));

        post("chief", "/outside-work/officer/" + id + "/decision",
                "{\"decision\": \"APPROVED\", \"conditions\": \"none\", \"rationale\": \"no conflict\"}").statusCode(201);

        given().auth().oauth2(Tokens.of("officer")).when().get("/outside-work/officer").then().statusCode(200)
                .body("requests.'" + id + "'.description", equalTo("evening tutor"))
                .body("decisions.'" + id + "'.decision", equalTo("APPROVED"));
    }
}
