package org.desist.cases.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.desist.cases.supervision.SupervisionEvent.ContactFrequencySet;
import org.junit.jupiter.api.Test;

/** Given supervision events, when risk-service's tier in force or RoSH arrives, then the contact frequency set. */
class SupervisionDecisionsTest {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private static final SupervisionStandards STANDARDS = new SupervisionStandards() {
        public int tierADays() { return 7; }
        public int tierBDays() { return 14; }
        public int tierCDays() { return 28; }
        public int tierDDays() { return 42; }
        public int highRoshDays() { return 7; }
        public int untieredDays() { return 14; }
    };

    private static Supervision given(SupervisionEvent... events) {
        return Supervision.AGGREGATE.fold(List.of(events));
    }

    @Test
    void aNewTierInForceSetsTheFrequencyKeepingTheRoshLevel_000_5_1() {
        Supervision state = given(new ContactFrequencySet(Optional.of("D1"), Optional.of("HIGH"), 7, AT, "x"));

        List<SupervisionEvent> events = state.riskChanged(Optional.of("C2"), Optional.empty(), AT, "tier.in-force.changed",
                STANDARDS);

        assertThat(events).containsExactly(new ContactFrequencySet(Optional.of("C2"), Optional.of("HIGH"), 7, AT,
                "tier.in-force.changed"));
    }

    @Test
    void theSameTierInForceAgainChangesNothing() {
        Supervision state = given(new ContactFrequencySet(Optional.of("B2"), Optional.empty(), 14, AT, "x"));

        assertThat(state.riskChanged(Optional.of("B2"), Optional.empty(), AT, "tier.in-force.changed", STANDARDS))
                .isEmpty();
    }

    @Test
    void theFirstTierHeardOfSetsTheFrequencyFromTheTierLetter_000_5_1() {
        assertThat(given().riskChanged(Optional.of("C1"), Optional.empty(), AT, "tier.in-force.changed", STANDARDS))
                .containsExactly(new ContactFrequencySet(Optional.of("C1"), Optional.empty(), 28, AT,
                        "tier.in-force.changed"));
    }

    @Test
    void aHighRiskOfSeriousHarmShortensTheIntervalKeepingTheTier_000_5_1() {
        Supervision state = given(new ContactFrequencySet(Optional.of("D2"), Optional.empty(), 42, AT, "x"));

        assertThat(state.riskChanged(Optional.empty(), Optional.of("VERY_HIGH"), AT, "rosh", STANDARDS))
                .containsExactly(new ContactFrequencySet(Optional.of("D2"), Optional.of("VERY_HIGH"), 7, AT, "rosh"));
    }

    @Test
    void aRiskOfHarmBeforeAnyTierUsesTheUntieredInterval() {
        assertThat(given().riskChanged(Optional.empty(), Optional.of("LOW"), AT, "rosh", STANDARDS))
                .containsExactly(new ContactFrequencySet(Optional.empty(), Optional.of("LOW"), 14, AT, "rosh"));
    }
}
