package org.desist.cases.premises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.cases.premises.PremisesEvent.PersonArrived;
import org.desist.cases.premises.PremisesEvent.PersonDeparted;
import org.desist.cases.premises.PremisesEvent.PlacementBooked;
import org.desist.cases.premises.PremisesEvent.ReferralMade;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a person's approved premises events, when a placement moves on, then the event or the stage that refuses it. */
class ApprovedPremisesDecisionsTest {

    private static final UUID REFERRAL = UUID.randomUUID();
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    private static final ReferralMade REFERRED = new ReferralMade(REFERRAL, "release with no address", DEC_1);
    private static final PlacementBooked BOOKED = new PlacementBooked(REFERRAL, "Elm House", DEC_1);
    private static final PersonArrived ARRIVED = new PersonArrived(REFERRAL, DEC_1);

    private static ApprovedPremises given(PremisesEvent... events) {
        return ApprovedPremises.AGGREGATE.fold(List.of(events));
    }

    @Test
    void aPlacementMovesReferredBookedArrivedDeparted() {
        assertThat(given(REFERRED).book(REFERRAL, " Elm House ", DEC_1)).containsExactly(BOOKED);
        assertThat(given(REFERRED, BOOKED).arrive(REFERRAL, DEC_1)).containsExactly(ARRIVED);
        assertThat(given(REFERRED, BOOKED, ARRIVED).depart(REFERRAL, DEC_1.plusMonths(2), " moved on "))
                .containsExactly(new PersonDeparted(REFERRAL, DEC_1.plusMonths(2), "moved on"));
        assertThat(given(REFERRED, BOOKED, ARRIVED, new PersonDeparted(REFERRAL, DEC_1.plusMonths(2), "moved on"))
                .placements().get(REFERRAL).stage()).isEqualTo(ApprovedPremises.Stage.DEPARTED);
    }

    @Test
    void aStageIsNotSkippedNorRepeated() {
        assertThatThrownBy(() -> given(REFERRED).arrive(REFERRAL, DEC_1)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "approved-premises-referred");
        assertThatThrownBy(() -> given(REFERRED, BOOKED).book(REFERRAL, "Oak House", DEC_1))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "approved-premises-booked");
        assertThatThrownBy(() -> given(REFERRED, BOOKED).depart(REFERRAL, DEC_1, "x")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "approved-premises-booked");
        assertThatThrownBy(() -> given(REFERRED, BOOKED, ARRIVED, new PersonDeparted(REFERRAL, DEC_1, "x"))
                .arrive(REFERRAL, DEC_1)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "approved-premises-departed");
    }

    @Test
    void aDepartureCannotPrecedeTheArrival() {
        assertThatThrownBy(() -> given(REFERRED, BOOKED, ARRIVED).depart(REFERRAL, DEC_1.minusDays(1), "x"))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "departedOn");
    }

    @Test
    void aReferralNotMadeIsNotFound() {
        assertThatThrownBy(() -> given(REFERRED).book(UUID.randomUUID(), "Elm House", DEC_1))
                .isInstanceOf(NotFound.class);
    }
}
