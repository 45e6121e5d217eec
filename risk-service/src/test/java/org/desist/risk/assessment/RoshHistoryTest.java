package org.desist.risk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.UuidV7;
import org.desist.risk.assessment.AssessmentEvent.RoshAssessed;
import org.desist.risk.assessment.AssessmentEvent.RoshAssessmentLapsed;
import org.desist.risk.assessment.AssessmentEvent.RoshCountersigned;
import org.desist.risk.assessment.RoshHistory.Status;
import org.desist.risk.tier.RoshLevel;
import org.junit.jupiter.api.Test;

/** Given RoSH events, the assessments read back: in effect, pending, and each with what became of it (000 8.5). */
class RoshHistoryTest {

    private static final String CRN = "X123456";
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private static RoshAssessed assessed(UUID id, RoshLevel level, boolean effective, String rationale) {
        return new RoshAssessed(CRN, id, Map.of(RiskGroup.PUBLIC, level), level, "violence", "public", "at night",
                "work", "convictions", rationale, "officer", effective);
    }

    @Test
    void assessmentsAreReadBackWithRationalesCountersignaturesAndLapses_000_8_5() {
        UUID medium = UuidV7.next();
        UUID high = UuidV7.next();
        UUID veryHigh = UuidV7.next();

        RoshHistory history = RoshHistory.of(CRN)
                .then(assessed(medium, RoshLevel.MEDIUM, true, "first view"), "officer", T0)
                .then(assessed(high, RoshLevel.HIGH, false, "threats"), "officer", T0.plusSeconds(60))
                .then(assessed(veryHigh, RoshLevel.VERY_HIGH, false, "weapon found"), "officer", T0.plusSeconds(120))
                .then(new RoshAssessmentLapsed(CRN, high, RoshLevel.HIGH, veryHigh), "officer", T0.plusSeconds(120));

        assertThat(history.current()).hasValueSatisfying(c -> assertThat(c.assessmentId()).isEqualTo(medium));
        assertThat(history.pending()).hasValueSatisfying(p -> assertThat(p.assessmentId()).isEqualTo(veryHigh));
        assertThat(history.history()).extracting(RoshHistory.Assessment::status)
                .containsExactly(Status.IN_EFFECT, Status.LAPSED, Status.AWAITING_COUNTERSIGNATURE);
        assertThat(history.history().get(1).supersededBy()).contains(veryHigh);

        RoshHistory countersigned = history.then(new RoshCountersigned(CRN, veryHigh, RoshLevel.VERY_HIGH, "agreed"),
                "senior", T0.plusSeconds(180));

        assertThat(countersigned.pending()).isEmpty();
        assertThat(countersigned.current()).hasValueSatisfying(c -> {
            assertThat(c.assessmentId()).isEqualTo(veryHigh);
            assertThat(c.rationale()).isEqualTo("weapon found");
            assertThat(c.countersignature()).contains(new RoshHistory.Countersignature("senior", T0.plusSeconds(180),
                    "agreed"));
        });
        assertThat(countersigned.history()).extracting(RoshHistory.Assessment::status)
                .containsExactly(Status.REPLACED, Status.LAPSED, Status.IN_EFFECT);
        assertThat(countersigned.history().getFirst().supersededBy()).isEqualTo(Optional.of(veryHigh));
    }

    @Test
    void anAssessmentLoweringAHighLevelIsMarkedSo_000_8_5() {
        UUID high = UuidV7.next();
        RoshHistory history = RoshHistory.of(CRN)
                .then(assessed(high, RoshLevel.HIGH, false, "threats"), "officer", T0)
                .then(new RoshCountersigned(CRN, high, RoshLevel.HIGH, "agreed"), "senior", T0.plusSeconds(60))
                .then(assessed(UuidV7.next(), RoshLevel.LOW, false, "moved away"), "officer", T0.plusSeconds(120));

        assertThat(history.pending()).hasValueSatisfying(p -> assertThat(p.lowersHighLevel()).isTrue());
        assertThat(history.current()).hasValueSatisfying(c -> assertThat(c.overallLevel()).isEqualTo(RoshLevel.HIGH));
    }
}
