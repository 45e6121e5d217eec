package org.desist.conduct.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.gift.GiftEvent.Decision;
import org.desist.conduct.gift.GiftEvent.Direction;
import org.desist.conduct.gift.GiftEvent.DonorType;
import org.desist.conduct.gift.GiftEvent.GiftOfferDeclined;
import org.desist.conduct.gift.GiftEvent.GiftOfferDecided;
import org.desist.conduct.gift.GiftEvent.GiftOfferRecorded;
import org.desist.conduct.gift.GiftEvent.Kind;
import org.desist.conduct.gift.GiftEvent.OfferedTo;
import org.desist.conduct.gift.GiftResource.RecordGift;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** When a gift or hospitality is offered to a member of staff, then what the register records (002 7.4). */
class GiftsDecisionsTest {

    private static final BigDecimal NOMINAL = new BigDecimal("25");
    private static final Instant OFFERED = Instant.parse("2026-11-20T15:00:00Z");
    private static final Optional<String> MANAGER = Optional.of("senior");

    private static RecordGift gift(DonorType donor, Optional<String> crn, String value, Decision decision) {
        return gift(donor, crn, value, decision, Kind.GIFT, OfferedTo.EMPLOYEE, Direction.RECEIVED);
    }

    private static RecordGift gift(DonorType donor, Optional<String> crn, String value, Decision decision, Kind kind,
            OfferedTo offeredTo, Direction direction) {
        return new RecordGift("alex", donor, crn, " box of chocolates ", new BigDecimal(value), OFFERED, decision,
                Optional.of(kind), Optional.of(offeredTo), Optional.of(direction), Optional.empty());
    }

    private static Gifts given(GiftEvent... events) {
        return Gifts.AGGREGATE.fold(List.of(events));
    }

    @Test
    void giftFromServiceUserRefused_002_7_4() {
        UUID id = UUID.randomUUID();

        List<GiftEvent> events = Gifts.offer(id, gift(DonorType.SERVICE_USER, Optional.of("K123456"), "12.50",
                Decision.ACCEPTED), NOMINAL, MANAGER);

        assertThat(events).containsExactly(new GiftOfferDeclined(id, "alex", "K123456", "box of chocolates",
                new BigDecimal("12.50"), OFFERED, true, Kind.GIFT, OfferedTo.EMPLOYEE));
    }

    @Test
    void giftFromServiceUserDeclinedIsRecordedForTheirContactLog_002_7_4() {
        UUID id = UUID.randomUUID();

        assertThat(Gifts.offer(id, gift(DonorType.SERVICE_USER, Optional.of("K123456"), "1", Decision.DECLINED), NOMINAL,
                MANAGER)).singleElement().isInstanceOfSatisfying(GiftOfferDeclined.class, d -> {
                    assertThat(d.crn()).isEqualTo("K123456");
                    assertThat(d.acceptanceRefused()).isFalse();
                });
    }

    @Test
    void giftFromServiceUserNamesThePerson_002_7_4() {
        assertThatThrownBy(() -> Gifts.offer(UUID.randomUUID(), gift(DonorType.SERVICE_USER, Optional.empty(), "1",
                Decision.DECLINED), NOMINAL, MANAGER)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "crn");
    }

    @Test
    void acceptingAGiftAboveNominalValueAwaitsTheLineManager_002_7_4() {
        UUID id = UUID.randomUUID();

        assertThat(Gifts.offer(id, gift(DonorType.SUPPLIER, Optional.empty(), "25.01", Decision.ACCEPTED), NOMINAL,
                MANAGER)).containsExactly(new GiftOfferRecorded(id, "alex", DonorType.SUPPLIER, "box of chocolates",
                        new BigDecimal("25.01"), OFFERED, Decision.ACCEPTED, true, MANAGER, Kind.GIFT,
                        OfferedTo.EMPLOYEE, Direction.RECEIVED, false));
    }

    @Test
    void aGiftOfNominalValueOrDeclinedNeedsNoLineManager_002_7_4() {
        assertThat(Gifts.offer(UUID.randomUUID(), gift(DonorType.PARTNER, Optional.empty(), "25", Decision.ACCEPTED),
                NOMINAL, MANAGER)).singleElement().isInstanceOfSatisfying(GiftOfferRecorded.class,
                        r -> assertThat(r.awaitingLineManager()).isFalse());
        assertThat(Gifts.offer(UUID.randomUUID(), gift(DonorType.OTHER, Optional.empty(), "500", Decision.DECLINED),
                NOMINAL, MANAGER)).singleElement().isInstanceOfSatisfying(GiftOfferRecorded.class,
                        r -> assertThat(r.awaitingLineManager()).isFalse());
    }

    @Test
    void theRegisterKeepsEachOfferByItsId() {
        UUID declined = UUID.randomUUID();
        UUID recorded = UUID.randomUUID();
        Gifts gifts = given(Gifts.offer(declined, gift(DonorType.SERVICE_USER, Optional.of("K123456"), "1",
                Decision.DECLINED), NOMINAL, MANAGER).getFirst(), Gifts.offer(recorded, gift(DonorType.SUPPLIER,
                        Optional.empty(), "1", Decision.ACCEPTED), NOMINAL, MANAGER).getFirst());

        assertThat(gifts.offers()).containsOnlyKeys(declined, recorded);
    }

    @Test
    void moneyIsNeverAcceptedFromAnyone_002_7_4() {
        UUID id = UUID.randomUUID();

        assertThat(Gifts.offer(id, gift(DonorType.PARTNER, Optional.empty(), "20", Decision.ACCEPTED, Kind.MONEY,
                OfferedTo.EMPLOYEE, Direction.RECEIVED), NOMINAL, MANAGER)).containsExactly(new GiftOfferRecorded(id,
                        "alex", DonorType.PARTNER, "box of chocolates", new BigDecimal("20"), OFFERED, Decision.DECLINED,
                        false, MANAGER, Kind.MONEY, OfferedTo.EMPLOYEE, Direction.RECEIVED, true));
        assertThat(Gifts.offer(id, gift(DonorType.SERVICE_USER, Optional.of("K123456"), "5", Decision.ACCEPTED,
                Kind.MONEY, OfferedTo.FAMILY_MEMBER, Direction.RECEIVED), NOMINAL, MANAGER)).singleElement()
                .isInstanceOfSatisfying(GiftOfferDeclined.class, d -> assertThat(d.acceptanceRefused()).isTrue());
    }

    @Test
    void offersToTheFamilyFollowTheSameRules_002_7_4() {
        assertThat(Gifts.offer(UUID.randomUUID(), gift(DonorType.SUPPLIER, Optional.empty(), "80", Decision.ACCEPTED,
                Kind.ACCOMMODATION, OfferedTo.FAMILY_MEMBER, Direction.RECEIVED), NOMINAL, MANAGER)).singleElement()
                .isInstanceOfSatisfying(GiftOfferRecorded.class, r -> {
                    assertThat(r.offeredTo()).isEqualTo(OfferedTo.FAMILY_MEMBER);
                    assertThat(r.awaitingLineManager()).isTrue();
                });
    }

    @Test
    void anOfferNamingACrnIsAServiceUsersWhateverTheDeclaredDonor_002_7_4() {
        assertThat(Gifts.offer(UUID.randomUUID(), gift(DonorType.OTHER, Optional.of("K123456"), "3", Decision.ACCEPTED),
                NOMINAL, MANAGER)).singleElement().isInstanceOfSatisfying(GiftOfferDeclined.class,
                        d -> assertThat(d.acceptanceRefused()).isTrue());
    }

    @Test
    void aGiftGivenAboveNominalValueAwaitsTheLineManagerToo_002_7_4() {
        assertThat(Gifts.offer(UUID.randomUUID(), gift(DonorType.PARTNER, Optional.empty(), "40", Decision.ACCEPTED,
                Kind.GIFT, OfferedTo.EMPLOYEE, Direction.GIVEN), NOMINAL, MANAGER)).singleElement()
                .isInstanceOfSatisfying(GiftOfferRecorded.class, r -> {
                    assertThat(r.direction()).isEqualTo(Direction.GIVEN);
                    assertThat(Gifts.status(r, Optional.empty())).isEqualTo("PENDING");
                });
    }

    @Test
    void theLineManagerDecidesAPendingGiftOnceWithARationale_002_7_4() {
        UUID id = UUID.randomUUID();
        Gifts gifts = given(Gifts.offer(id, gift(DonorType.SUPPLIER, Optional.empty(), "60", Decision.ACCEPTED),
                NOMINAL, MANAGER).getFirst());
        assertThat(gifts.status(id)).isEqualTo("PENDING");

        List<GiftEvent> decided = gifts.decide(id, Decision.DECLINED, " supplier is tendering ", "senior");

        assertThat(decided).containsExactly(new GiftOfferDecided(id, "alex", Decision.DECLINED, "supplier is tendering",
                "senior"));
        Gifts after = Gifts.AGGREGATE.fold(gifts, decided);
        assertThat(after.status(id)).isEqualTo("DECLINED");
        assertThatThrownBy(() -> after.decide(id, Decision.ACCEPTED, "changed my mind", "senior"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "gift-already-decided");
    }

    @Test
    void onlyAnOfferAboveNominalValueAwaitsADecision_002_7_4() {
        UUID id = UUID.randomUUID();
        Gifts gifts = given(Gifts.offer(id, gift(DonorType.SUPPLIER, Optional.empty(), "10", Decision.ACCEPTED),
                NOMINAL, MANAGER).getFirst());

        assertThatThrownBy(() -> gifts.decide(id, Decision.ACCEPTED, "fine", "senior")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "gift-not-awaiting-line-manager");
        assertThatThrownBy(() -> gifts.decide(UUID.randomUUID(), Decision.ACCEPTED, "fine", "senior"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void anOfferStoredBeforeKindsWereRecordedReadsAsAGiftReceivedByTheEmployee() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        ObjectNode stored = (ObjectNode) json.readTree("""
                {"offerId": "01a20a1f-aed3-740e-92b5-e833b01629ca", "staffId": "alex", "donorType": "SUPPLIER",
                 "description": "diary", "value": 5, "offeredAt": "2026-11-20T15:00:00Z", "decision": "ACCEPTED",
                 "awaitingLineManager": false, "lineManager": "senior"}""");

        ObjectNode upcast = new GiftUpcasters.ToVersion2("conduct.gift-offer.recorded").upcast(stored);

        assertThat(upcast.get("kind").asText()).isEqualTo("GIFT");
        assertThat(upcast.get("offeredTo").asText()).isEqualTo("EMPLOYEE");
        assertThat(upcast.get("direction").asText()).isEqualTo("RECEIVED");
        assertThat(upcast.get("acceptanceRefused").asBoolean()).isFalse();
    }

    @Test
    void anOfferPendingInThePublishedStreamIsDecidedFromThePrivateOne_002_7_4() {
        UUID id = UUID.randomUUID();
        Gifts published = given(Gifts.offer(id, gift(DonorType.SUPPLIER, Optional.empty(), "60", Decision.ACCEPTED),
                NOMINAL, MANAGER).getFirst());

        assertThat(published.and(given()).decide(id, Decision.ACCEPTED, "fine", "senior")).singleElement()
                .isInstanceOf(GiftOfferDecided.class);
    }
}
