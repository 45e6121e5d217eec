package org.desist.conduct.gift;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.gift.GiftEvent.Decision;
import org.desist.conduct.gift.GiftEvent.DonorType;
import org.desist.conduct.gift.GiftEvent.GiftOfferDeclined;
import org.desist.conduct.gift.GiftEvent.GiftOfferRecorded;
import org.desist.conduct.gift.GiftResource.RecordGift;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;

/** The gifts and hospitality a member of staff was offered, each as the register recorded it. */
public record Gifts(Map<UUID, GiftEvent> offers) {

    public static final Aggregate<Gifts, GiftEvent> AGGREGATE =
            new Aggregate<>(GiftEvent.class, new Gifts(Map.of()), Gifts::evolve);

    static Gifts evolve(Gifts state, GiftEvent event) {
        Map<UUID, GiftEvent> offers = new LinkedHashMap<>(state.offers());
        switch (event) {
            case GiftOfferDeclined declined -> offers.put(declined.offerId(), declined);
            case GiftOfferRecorded recorded -> offers.put(recorded.offerId(), recorded);
        }
        return new Gifts(Map.copyOf(offers));
    }

    /**
     * An offer as the register records it. From a person on probation it is always declined, and accepting it is
     * recorded as refused; from anyone else, accepting a gift above {@code nominalValue} awaits the line manager.
     */
    static List<GiftEvent> offer(UUID offerId, RecordGift request, BigDecimal nominalValue,
            Optional<String> lineManager) {
        if (request.donorType() == DonorType.SERVICE_USER) {
            // 002_d7d6c09e19b6ddeb.txt 7.4: no gift or money from a service user; the offer stands recorded as declined.
            String crn = request.crn().orElseThrow(() -> new InvalidField("crn", "required when the donor is a service user",
                    "name the person on probation who offered the gift", "002_d7d6c09e19b6ddeb.txt 7.4"));
            return List.of(new GiftOfferDeclined(offerId, request.staffId(), crn, request.description().strip(),
                    request.value(), request.offeredAt(), request.decision() == Decision.ACCEPTED));
        }
        boolean awaiting = request.decision() == Decision.ACCEPTED && request.value().compareTo(nominalValue) > 0;
        return List.of(new GiftOfferRecorded(offerId, request.staffId(), request.donorType(),
                request.description().strip(), request.value(), request.offeredAt(), request.decision(), awaiting,
                lineManager));
    }
}
