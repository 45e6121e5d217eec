package org.desist.conduct.staff;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given who answers to whom after a move or a reorganisation, whether anyone would answer to themselves. */
class LineOfManagementTest {

    @Test
    void aLineOfManagementThatReachesItsTopIsAccepted() {
        Map<String, String> managers = Map.of("officer", "senior", "senior", "chief");

        assertThatCode(() -> StaffRegister.noCycle("officer", managers)).doesNotThrowAnyException();
        assertThatCode(() -> StaffRegister.noCycle("chief", managers)).doesNotThrowAnyException();
    }

    @Test
    void nobodyAnswersToThemselvesDirectly() {
        assertThatThrownBy(() -> StaffRegister.noCycle("senior", Map.of("senior", "senior")))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "line-management-cycle");
    }

    @Test
    void nobodyAnswersToThemselvesThroughOthers() {
        Map<String, String> managers = Map.of("officer", "senior", "senior", "chief", "chief", "officer");

        assertThatThrownBy(() -> StaffRegister.noCycle("officer", managers)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "line-management-cycle").hasMessageContaining("senior and chief");
    }

    @Test
    void aCycleAboveSomeoneIsRefusedForThoseInItNotForThem() {
        Map<String, String> managers = Map.of("officer", "senior", "senior", "chief", "chief", "senior");

        assertThatCode(() -> StaffRegister.noCycle("officer", managers)).doesNotThrowAnyException();
        assertThatThrownBy(() -> StaffRegister.noCycle("senior", managers)).isInstanceOf(RuleViolated.class);
    }
}
