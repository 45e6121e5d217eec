package org.desist.conduct.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.desist.conduct.board.BoardConductEvent.Consulted;
import org.desist.conduct.board.BoardConductEvent.FailureToComplyConcluded;
import org.desist.conduct.board.BoardConductEvent.FailureToComplyReported;
import org.desist.conduct.board.BoardConductEvent.Outcome;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a report of a board member's failure to comply, when the board secretary concludes it, then the outcome. */
class FailureReportDecisionsTest {

    private static final FailureToComplyReported REPORTED = new FailureToComplyReported(UUID.randomUUID(), "board",
            "undeclared trusteeship");

    private static FailureReport given(BoardConductEvent... events) {
        return FailureReport.AGGREGATE.fold(List.of(events));
    }

    @Test
    void aMembersFailureLeadsToActionByTheLocalBoardOrReferralToNoms_002_board_9() {
        assertThat(given(REPORTED).conclude(Outcome.ACTION_BY_LOCAL_BOARD, Consulted.BOARD_CHAIR, "warned", false))
                .containsExactly(new FailureToComplyConcluded(REPORTED.reportId(), "board", Outcome.ACTION_BY_LOCAL_BOARD,
                        Consulted.BOARD_CHAIR, "warned"));
        assertThat(given(REPORTED).conclude(Outcome.REFERRED_TO_NOMS, Consulted.NOMS, "serious", false)).hasSize(1);
    }

    @Test
    void theSeparateProvisionIsForTheChiefExecutiveOnly_002_board_9() {
        assertThatThrownBy(() -> given(REPORTED).conclude(Outcome.SEPARATE_PROVISION_FOR_CHIEF_EXECUTIVE,
                Consulted.NOMS, "x", false)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "chief-executive-separate-provision");
    }

    @Test
    void theChiefExecutivesFailureIsDealtWithUnderTheSeparateProvision_002_board_9() {
        assertThatThrownBy(() -> given(REPORTED).conclude(Outcome.ACTION_BY_LOCAL_BOARD, Consulted.BOARD_CHAIR, "x",
                true)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "chief-executive-separate-provision");
        assertThat(given(REPORTED).conclude(Outcome.SEPARATE_PROVISION_FOR_CHIEF_EXECUTIVE, Consulted.NOMS, "x", true))
                .hasSize(1);
    }

    @Test
    void noFailureFoundIsAnOutcomeForAnyone() {
        assertThat(given(REPORTED).conclude(Outcome.NO_FAILURE_FOUND, Consulted.BOARD_CHAIR, "declared in time", true))
                .hasSize(1);
        assertThat(given(REPORTED).conclude(Outcome.NO_FAILURE_FOUND, Consulted.BOARD_CHAIR, "declared in time", false))
                .hasSize(1);
    }

    @Test
    void aReportIsConcludedOnce() {
        FailureToComplyConcluded concluded = new FailureToComplyConcluded(REPORTED.reportId(), "board",
                Outcome.NO_FAILURE_FOUND, Consulted.BOARD_CHAIR, "x");

        assertThatThrownBy(() -> given(REPORTED, concluded).conclude(Outcome.REFERRED_TO_NOMS, Consulted.NOMS, "x", false))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "failure-report-concluded");
    }

    @Test
    void aFailureToComplyIsReportedToTheBoardSecretary_002_board_9() {
        UUID id = UUID.randomUUID();

        assertThat(FailureReport.report(id, "board", " undeclared trusteeship ")).containsExactly(
                new FailureToComplyReported(id, "board", "undeclared trusteeship"));
        assertThat(given(FailureReport.report(id, "board", "x").getFirst()).report()).isPresent();
    }
}
