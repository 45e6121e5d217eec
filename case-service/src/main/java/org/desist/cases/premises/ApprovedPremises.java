package org.desist.cases.premises;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.premises.PremisesEvent.PersonArrived;
import org.desist.cases.premises.PremisesEvent.PersonDeparted;
import org.desist.cases.premises.PremisesEvent.PlacementBooked;
import org.desist.cases.premises.PremisesEvent.ReferralMade;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;

/** A person's approved premises referrals, each moving referred → booked → arrived → departed. */
public record ApprovedPremises(Map<UUID, Placement> placements) {

    public enum Stage { REFERRED, BOOKED, ARRIVED, DEPARTED }

    public record Placement(UUID referralId, String reason, LocalDate neededFrom, Stage stage, Optional<String> premises,
            Optional<LocalDate> expectedArrival, Optional<LocalDate> arrivedOn, Optional<LocalDate> departedOn,
            Optional<String> departureReason) {
    }

    public static final Aggregate<ApprovedPremises, PremisesEvent> AGGREGATE =
            new Aggregate<>(PremisesEvent.class, new ApprovedPremises(Map.of()), ApprovedPremises::evolve);

    static ApprovedPremises evolve(ApprovedPremises state, PremisesEvent event) {
        Map<UUID, Placement> placements = new LinkedHashMap<>(state.placements());
        Placement p = placements.get(event.referralId());
        switch (event) {
            case ReferralMade r -> placements.put(r.referralId(), new Placement(r.referralId(), r.reason(), r.neededFrom(),
                    Stage.REFERRED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            case PlacementBooked b -> placements.put(b.referralId(), new Placement(p.referralId(), p.reason(), p.neededFrom(),
                    Stage.BOOKED, Optional.of(b.premises()), Optional.of(b.expectedArrival()), Optional.empty(),
                    Optional.empty(), Optional.empty()));
            case PersonArrived a -> placements.put(a.referralId(), new Placement(p.referralId(), p.reason(), p.neededFrom(),
                    Stage.ARRIVED, p.premises(), p.expectedArrival(), Optional.of(a.arrivedOn()), Optional.empty(),
                    Optional.empty()));
            case PersonDeparted d -> placements.put(d.referralId(), new Placement(p.referralId(), p.reason(), p.neededFrom(),
                    Stage.DEPARTED, p.premises(), p.expectedArrival(), p.arrivedOn(), Optional.of(d.departedOn()),
                    Optional.of(d.reason())));
        }
        return new ApprovedPremises(java.util.Collections.unmodifiableMap(placements));
    }

    List<PremisesEvent> book(UUID referralId, String premises, LocalDate expectedArrival) {
        at(referralId, Stage.REFERRED, "booked");
        return List.of(new PlacementBooked(referralId, premises.strip(), expectedArrival));
    }

    List<PremisesEvent> arrive(UUID referralId, LocalDate on) {
        at(referralId, Stage.BOOKED, "arrived at");
        return List.of(new PersonArrived(referralId, on));
    }

    List<PremisesEvent> depart(UUID referralId, LocalDate on, String reason) {
        Placement placement = at(referralId, Stage.ARRIVED, "left");
        if (on.isBefore(placement.arrivedOn().orElseThrow())) {
            throw new org.desist.eventstore.http.InvalidField("departedOn", "on or after the arrival date",
                    "a departure cannot precede the arrival", null);
        }
        return List.of(new PersonDeparted(referralId, on, reason.strip()));
    }

    private Placement at(UUID referralId, Stage expected, String verb) {
        Placement placement = Optional.ofNullable(placements.get(referralId))
                .orElseThrow(() -> new NotFound("no approved premises referral " + referralId + " for this person"));
        if (placement.stage() != expected) {
            throw new RuleViolated("approved-premises-" + placement.stage().name().toLowerCase(), "referral " + referralId
                    + " is " + placement.stage() + ": a placement can only be " + verb + " when it is " + expected, null);
        }
        return placement;
    }
}
