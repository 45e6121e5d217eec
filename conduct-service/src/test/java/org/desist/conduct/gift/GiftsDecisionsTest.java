package org.desist.conduct.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.gift.GiftEvent.Decision;
import org.desist.conduct.gift.GiftEvent.DonorType;
import org.desist.conduct.gift.GiftEvent.GiftOfferDeclined;
import org.desist.conduct.gift.GiftEvent.GiftOfferRecorded;
import org.desist.conduct.gift.GiftResource.RecordGift;
import org.desist.eventstore.http.InvalidField;
import org.junit.jupiter.api.Test;

/** When a gift or hospitality is offered to a member of staff, then what the register records (002 7.4). */
class GiftsDecisionsTest {

    private static final BigDecimal NOMINAL = new BigDecimal("25");
    private static final Instant OFFERED = Instant.parse("2026-11-20T15:00:00Z");
    private static final Optional<String> MANAGER = Optional.of("senior");

    private static RecordGift gift(DonorType donor, Optional<String> crn, String value, Decision decision) {
        return new RecordGift("alex", donor, crn, " box of chocolates ", new BigDecimal(value), OFFERED, decision);
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
                new BigDecimal("12.50"), OFFERED, true));
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
                        new BigDecimal("25.01"), OFFERED, Decision.ACCEPTED, true, MANAGER));
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
}
