package org.desist.conduct.gift;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;

/** The register of gifts and hospitality (002_d7d6c09e19b6ddeb.txt 7.4). */
public sealed interface GiftEvent {

    /**
     * A gift offered by a person on probation, declined — always, since such gifts are never accepted. Published for
     * case-service, which puts the offer on the person's contact log (002 7.4).
     */
    @EventType("conduct.gift-offer.declined")
    record GiftOfferDeclined(UUID offerId, String staffId, String crn, String description, BigDecimal value,
            Instant offeredAt, boolean acceptanceRefused) implements GiftEvent {
    }

    /** A gift from anyone else, with the decision and whether it awaits the line manager's (above nominal value). */
    @EventType("conduct.gift-offer.recorded")
    record GiftOfferRecorded(UUID offerId, String staffId, DonorType donorType, String description, BigDecimal value,
            Instant offeredAt, Decision decision, boolean awaitingLineManager, Optional<String> lineManager)
            implements GiftEvent {

        public GiftOfferRecorded {
            lineManager = lineManager == null ? Optional.empty() : lineManager;
        }
    }

    enum DonorType {
        SERVICE_USER,
        SUPPLIER,
        PARTNER,
        OTHER
    }

    enum Decision {
        ACCEPTED,
        DECLINED
    }
}
