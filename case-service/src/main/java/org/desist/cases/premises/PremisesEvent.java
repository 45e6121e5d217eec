package org.desist.cases.premises;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.eventstore.command.EventType;

/** Approved premises (probation hostels, 003): referral, placement, arrival and departure. */
public sealed interface PremisesEvent {

    UUID referralId();

    @EventType("approved-premises.referral.made")
    record ReferralMade(UUID referralId, String reason, LocalDate neededFrom) implements PremisesEvent {
    }

    @EventType("approved-premises.placement.booked")
    record PlacementBooked(UUID referralId, String premises, LocalDate expectedArrival) implements PremisesEvent {
    }

    @EventType("approved-premises.person.arrived")
    record PersonArrived(UUID referralId, LocalDate arrivedOn) implements PremisesEvent {
    }

    @EventType("approved-premises.person.departed")
    record PersonDeparted(UUID referralId, LocalDate departedOn, String reason) implements PremisesEvent {
    }
}
