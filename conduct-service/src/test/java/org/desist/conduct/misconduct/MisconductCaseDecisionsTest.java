package org.desist.conduct.misconduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.desist.conduct.misconduct.MisconductEvent.InvestigationOpened;
import org.desist.conduct.misconduct.MisconductEvent.MisconductAlleged;
import org.desist.conduct.misconduct.MisconductEvent.MisconductConcluded;
import org.desist.conduct.misconduct.MisconductEvent.Outcome;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a misconduct case's events, when it is investigated or concluded, then the event or the stage that refuses it. */
class MisconductCaseDecisionsTest {

    private static final UUID CASE = UUID.randomUUID();
    private static final MisconductAlleged ALLEGED = new MisconductAlleged(CASE, "alex", "backdated contact logs");
    private static final InvestigationOpened OPENED = new InvestigationOpened(CASE, "conduct");

    private static MisconductCase given(MisconductEvent... events) {
        return MisconductCase.AGGREGATE.fold(List.of(events));
    }

    @Test
    void anAllegationIsInvestigatedThenConcluded() {
        assertThat(given(ALLEGED).investigate(CASE, "conduct")).containsExactly(OPENED);
        assertThat(given(ALLEGED, OPENED).conclude(CASE, Outcome.WRITTEN_WARNING, "logs changed"))
                .containsExactly(new MisconductConcluded(CASE, Outcome.WRITTEN_WARNING, "logs changed"));
    }

    @Test
    void anInvestigationIsOpenedOnce() {
        assertThatThrownBy(() -> given(ALLEGED, OPENED).investigate(CASE, "other")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "investigation-already-open");
    }

    @Test
    void aCaseIsConcludedOnlyAfterAnInvestigationAndOnce() {
        assertThatThrownBy(() -> given(ALLEGED).conclude(CASE, Outcome.NOT_UPHELD, "x")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "investigation-not-open");
        assertThatThrownBy(() -> given(ALLEGED, OPENED, new MisconductConcluded(CASE, Outcome.NOT_UPHELD, "x"))
                .conclude(CASE, Outcome.DISMISSAL, "y")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "case-already-concluded");
    }

    @Test
    void anAllegationOpensTheCase() {
        UUID id = UUID.randomUUID();

        assertThat(MisconductCase.allege(id, "alex", " backdated logs ")).containsExactly(
                new MisconductAlleged(id, "alex", "backdated logs"));
    }
}
