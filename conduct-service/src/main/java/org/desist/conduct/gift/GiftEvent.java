package org.desist.conduct.gift;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;

/**
 * The register of gifts and hospitality (002_d7d6c09e19b6ddeb.txt 7.4). Offers stored at schema version 1, before
 * {@code kind}, {@code offeredTo} and {@code direction}, read as a gift received by the employee ({@link GiftUpcasters}).
 */
public sealed interface GiftEvent {

    /**
     * A gift offered by a person on probation, declined — always, since such gifts are never accepted. Published for
     * case-service, which puts the offer on the person's contact log (002 7.4).
     */
    @EventType(value = "conduct.gift-offer.declined", schemaVersion = 2)
    record GiftOfferDeclined(UUID offerId, String staffId, String crn, String description, BigDecimal value,
            Instant offeredAt, boolean acceptanceRefused, Kind kind, OfferedTo offeredTo) implements GiftEvent {

        public GiftOfferDeclined {
            kind = kind == null ? Kind.GIFT : kind;
            offeredTo = offeredTo == null ? OfferedTo.EMPLOYEE : offeredTo;
        }
    }

    /**
     * A benefit offered to or given by a member of staff, from or to anyone else, with the decision; one above nominal
     * value waits for the line manager's decision. Money offered is always declined ({@code acceptanceRefused} when
     * accepting it was asked).
     */
    @EventType(value = "conduct.gift-offer.recorded", schemaVersion = 2)
    record GiftOfferRecorded(UUID offerId, String staffId, DonorType donorType, String description, BigDecimal value,
            Instant offeredAt, Decision decision, boolean awaitingLineManager, Optional<String> lineManager, Kind kind,
            OfferedTo offeredTo, Direction direction, boolean acceptanceRefused) implements GiftEvent {

        public GiftOfferRecorded {
            lineManager = lineManager == null ? Optional.empty() : lineManager;
            kind = kind == null ? Kind.GIFT : kind;
            offeredTo = offeredTo == null ? OfferedTo.EMPLOYEE : offeredTo;
            direction = direction == null ? Direction.RECEIVED : direction;
        }
    }

    /** The line manager's decision on a benefit above nominal value, with the reasons (002 7.4). */
    @EventType("conduct.gift-offer.decided")
    record GiftOfferDecided(UUID offerId, String staffId, Decision decision, String rationale, String decidedBy)
            implements GiftEvent, Judgement {
    }

    /** The benefits 002 7.4 names. */
    enum Kind {
        GIFT,
        MONEY,
        LOAN,
        BEQUEST,
        HOSPITALITY,
        SOCIAL_INVITATION,
        ACCOMMODATION
    }

    /** 7.4 "applies to offers made to an employee's family". */
    enum OfferedTo {
        EMPLOYEE,
        FAMILY_MEMBER
    }

    /** 7.4: staff consult their line manager "either before accepting or giving gifts". */
    enum Direction {
        RECEIVED,
        GIVEN
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
