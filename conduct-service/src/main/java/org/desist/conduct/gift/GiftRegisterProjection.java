package org.desist.conduct.gift;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.projection.Projection;

/** Keeps {@code gift_register}: every offer with its donor, value and outcome. */
@ApplicationScoped
public class GiftRegisterProjection implements Projection {

    private final EventCodec codec;

    GiftRegisterProjection(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public String name() {
        return "gift-register";
    }

    @Override
    public void apply(StoredEvent stored) {
        codec.decode(stored, GiftEvent.class).ifPresent(event -> {
            GiftRecord row = new GiftRecord();
            switch (event) {
                case GiftEvent.GiftOfferDeclined d -> {
                    row.offerId = d.offerId();
                    row.staffId = d.staffId();
                    row.donorType = GiftEvent.DonorType.SERVICE_USER.name();
                    row.crn = d.crn();
                    row.description = d.description();
                    row.value = d.value();
                    row.offeredAt = d.offeredAt();
                    row.status = d.acceptanceRefused() ? "DECLINED (ACCEPTANCE REFUSED)" : "DECLINED";
                }
                case GiftEvent.GiftOfferRecorded r -> {
                    row.offerId = r.offerId();
                    row.staffId = r.staffId();
                    row.donorType = r.donorType().name();
                    row.description = r.description();
                    row.value = r.value();
                    row.offeredAt = r.offeredAt();
                    row.status = r.awaitingLineManager() ? "AWAITING_LINE_MANAGER" : r.decision().name();
                }
            }
            row.persist();
        });
    }

    @Override
    public void reset() {
        GiftRecord.deleteAll();
    }
}
