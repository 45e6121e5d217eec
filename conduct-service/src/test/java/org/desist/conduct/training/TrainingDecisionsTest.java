package org.desist.conduct.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.desist.conduct.training.TrainingEvent.TrainingCompleted;
import org.desist.conduct.training.TrainingEvent.TrainingRequirementSet;
import org.junit.jupiter.api.Test;

/** Given training events, when a requirement is set or a course completed, then what the stream records (000 6.1, 6.2). */
class TrainingDecisionsTest {

    private static Training given(TrainingEvent... events) {
        return Training.AGGREGATE.fold(List.of(events));
    }

    @Test
    void aRoleNeedsACourseForAsLongAsItStaysValid_000_6_1() {
        assertThat(Training.require(" safeguarding adults ", List.of("probation-officer"), 24)).containsExactly(
                new TrainingRequirementSet("safeguarding adults", List.of("probation-officer"), 24));
    }

    @Test
    void aLaterRequirementForTheSameCourseReplacesTheEarlier_000_6_1() {
        Training catalogue = given(new TrainingRequirementSet("safeguarding adults", List.of("probation-officer"), 24),
                new TrainingRequirementSet("safeguarding adults", List.of("probation-officer", "court-liaison"), 12));

        assertThat(catalogue.requirements()).containsOnlyKeys("safeguarding adults");
        assertThat(catalogue.requirements().get("safeguarding adults").validityMonths()).isEqualTo(12);
    }

    @Test
    void eachCompletionIsKept_000_6_2() {
        LocalDate first = LocalDate.of(2024, 10, 1);
        LocalDate again = LocalDate.of(2026, 10, 1);

        assertThat(Training.complete("alex", " safeguarding adults ", again)).containsExactly(
                new TrainingCompleted("alex", "safeguarding adults", again));
        assertThat(given(new TrainingCompleted("alex", "safeguarding adults", first),
                new TrainingCompleted("alex", "safeguarding adults", again)).completions()).hasSize(2);
    }
}
