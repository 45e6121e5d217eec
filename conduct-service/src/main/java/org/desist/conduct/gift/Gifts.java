package org.desist.conduct.gift;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.gift.GiftEvent.Decision;
import org.desist.conduct.gift.GiftEvent.Direction;
import org.desist.conduct.gift.GiftEvent.DonorType;
import org.desist.conduct.gift.GiftEvent.GiftOfferDecided;
import org.desist.conduct.gift.GiftEvent.GiftOfferDeclined;
import org.desist.conduct.gift.GiftEvent.GiftOfferRecorded;
import org.desist.conduct.gift.GiftEvent.Kind;
import org.desist.conduct.gift.GiftResource.RecordGift;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;

/** The gifts and hospitality a member of staff was offered or gave, each as the register recorded it, and decisions. */
public record Gifts(Map<UUID, GiftEvent> offers, Map<UUID, GiftOfferDecided> decisions) {

    static final String CLAUSE = "002_d7d6c09e19b6ddeb.txt 7.4";

    public static final Aggregate<Gifts, GiftEvent> AGGREGATE =
            new Aggregate<>(GiftEvent.class, new Gifts(Map.of(), Map.of()), Gifts::evolve);

    static Gifts evolve(Gifts state, GiftEvent event) {
        Map<UUID, GiftEvent> offers = new LinkedHashMap<>(state.offers());
        Map<UUID, GiftOfferDecided> decisions = new LinkedHashMap<>(state.decisions());
        switch (event) {
            case GiftOfferDeclined declined -> offers.put(declined.offerId(), declined);
            case GiftOfferRecorded recorded -> offers.put(recorded.offerId(), recorded);
            case GiftOfferDecided decided -> decisions.put(decided.offerId(), decided);
        }
        return new Gifts(Map.copyOf(offers), Map.copyOf(decisions));
    }

    /** This state beside another's: a member's offers in the published stream and in the private one. */
    Gifts and(Gifts other) {
        Map<UUID, GiftEvent> offers = new LinkedHashMap<>(this.offers);
        offers.putAll(other.offers);
        Map<UUID, GiftOfferDecided> decisions = new LinkedHashMap<>(this.decisions);
        decisions.putAll(other.decisions);
        return new Gifts(Map.copyOf(offers), Map.copyOf(decisions));
    }

    /**
     * An offer as the register records it. From a person on probation (declared, or named by a CRN) it is always
     * declined, and accepting it is recorded as refused; money is declined likewise, from anyone; any other benefit
     * above {@code nominalValue}, accepted or given, waits for the line manager.
     */
    static List<GiftEvent> offer(UUID offerId, RecordGift request, BigDecimal nominalValue,
            Optional<String> lineManager) {
        boolean accepting = request.decision() == Decision.ACCEPTED;
        Direction direction = request.direction().orElse(Direction.RECEIVED);
        Kind kind = request.kind().orElse(Kind.GIFT);
        var offeredTo = request.offeredTo().orElse(GiftEvent.OfferedTo.EMPLOYEE);
        String description = request.description().strip();
        if (direction == Direction.RECEIVED
                && (request.donorType() == DonorType.SERVICE_USER || request.crn().isPresent())) {
            // 002_d7d6c09e19b6ddeb.txt 7.4: no gift or money from a service user; the offer stands recorded as declined.
            String crn = request.crn().orElseThrow(() -> new InvalidField("crn", "required when the donor is a service user",
                    "name the person on probation who offered the gift", CLAUSE));
            return List.of(new GiftOfferDeclined(offerId, request.staffId(), crn, description, request.value(),
                    request.offeredAt(), accepting, kind, offeredTo));
        }
        if (direction == Direction.RECEIVED && kind == Kind.MONEY) {
            // 7.4: "On no account should ... money be accepted as a gift", whoever offers it.
            return List.of(new GiftOfferRecorded(offerId, request.staffId(), request.donorType(), description,
                    request.value(), request.offeredAt(), Decision.DECLINED, false, lineManager, kind, offeredTo,
                    direction, accepting));
        }
        // 7.4: beyond nominal value, consult the line manager "either before accepting or giving gifts".
        boolean awaiting = accepting && request.value().compareTo(nominalValue) > 0;
        return List.of(new GiftOfferRecorded(offerId, request.staffId(), request.donorType(), description,
                request.value(), request.offeredAt(), request.decision(), awaiting, lineManager, kind, offeredTo,
                direction, false));
    }

    /** The line manager's decision on an offer that awaits it; each such offer is decided once. */
    List<GiftEvent> decide(UUID offerId, Decision decision, String rationale, String decidedBy) {
        GiftEvent offer = Optional.ofNullable(offers.get(offerId))
                .orElseThrow(() -> new NotFound("no gift or hospitality offer " + offerId));
        if (decisions.containsKey(offerId)) {
            throw new RuleViolated("gift-already-decided", "offer " + offerId + " already has the line manager's decision",
                    CLAUSE);
        }
        if (!(offer instanceof GiftOfferRecorded recorded && recorded.awaitingLineManager())) {
            throw new RuleViolated("gift-not-awaiting-line-manager", "offer " + offerId + " was decided when it was "
                    + "recorded: only a benefit above nominal value awaits the line manager", CLAUSE);
        }
        return List.of(new GiftOfferDecided(offerId, recorded.staffId(), decision, rationale.strip(), decidedBy));
    }

    /** Where an offer stands: pending until the line manager decides one that awaits them. */
    String status(UUID offerId) {
        return status(offers.get(offerId), Optional.ofNullable(decisions.get(offerId)));
    }

    static String status(GiftEvent offer, Optional<GiftOfferDecided> decided) {
        if (decided.isPresent()) {
            return decided.get().decision().name();
        }
        return switch (offer) {
            case GiftOfferDeclined d -> d.acceptanceRefused() ? "DECLINED (ACCEPTANCE REFUSED)" : "DECLINED";
            case GiftOfferRecorded r when r.acceptanceRefused() -> "DECLINED (ACCEPTANCE REFUSED)";
            case GiftOfferRecorded r -> r.awaitingLineManager() ? "PENDING" : r.decision().name();
            case GiftOfferDecided d -> d.decision().name();
        };
    }
}
