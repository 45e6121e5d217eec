package org.desist.conduct.gift;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;

/** Keeps {@code gift_register}: every offer with its donor, value and outcome. */
@ApplicationScoped
public class GiftRegisterProjection implements Projection<GiftEvent> {

    @Override
    public String name() {
        return "gift-register";
    }

    @Override
    public Class<GiftEvent> family() {
        return GiftEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, GiftEvent event) {
        switch (event) {
            case GiftEvent.GiftOfferDeclined d -> {
                GiftRecord row = row(d.offerId(), d.staffId(), d.description(), d.value(), d.offeredAt());
                row.donorType = GiftEvent.DonorType.SERVICE_USER.name();
                row.crn = d.crn();
                row.kind = d.kind().name();
                row.offeredTo = d.offeredTo().name();
                row.direction = GiftEvent.Direction.RECEIVED.name();
                row.status = Gifts.status(d, Optional.empty());
                row.persist();
            }
            case GiftEvent.GiftOfferRecorded r -> {
                GiftRecord row = row(r.offerId(), r.staffId(), r.description(), r.value(), r.offeredAt());
                row.donorType = r.donorType().name();
                row.kind = r.kind().name();
                row.offeredTo = r.offeredTo().name();
                row.direction = r.direction().name();
                row.lineManager = r.lineManager().orElse(null);
                row.status = Gifts.status(r, Optional.empty());
                row.persist();
            }
            case GiftEvent.GiftOfferDecided decided -> {
                GiftRecord row = GiftRecord.findById(decided.offerId());
                row.status = decided.decision().name();
                row.rationale = decided.rationale();
                row.decidedBy = decided.decidedBy();
            }
        }
    }

    private static GiftRecord row(UUID offerId, String staffId, String description, BigDecimal value, Instant offeredAt) {
        GiftRecord row = new GiftRecord();
        row.offerId = offerId;
        row.staffId = staffId;
        row.description = description;
        row.value = value;
        row.offeredAt = offeredAt;
        return row;
    }

    @Override
    public void reset() {
        GiftRecord.deleteAll();
    }
}
