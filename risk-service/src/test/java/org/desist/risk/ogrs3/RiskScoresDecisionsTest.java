package org.desist.risk.ogrs3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.desist.risk.ogrs3.ScoresEvent.ScoresDetermined;
import org.junit.jupiter.api.Test;

/**
 * Given a person's determined scores, which one is current and which one calibration judges: the prediction made
 * when the current follow-up began, not one changed later by the reconvictions it predicts (shared/facts/OGRS3.md).
 */
class RiskScoresDecisionsTest {

    private static final LocalDate BORN = LocalDate.of(1990, 1, 1);
    private static final LocalDate FOLLOW_UP = LocalDate.of(2026, 2, 1);

    private static RiskScores given(ScoresEvent... events) {
        return RiskScores.AGGREGATE.fold(List.of(events));
    }

    private static ScoresDetermined determined(LocalDate followUp, int sanctions, String trigger) {
        Ogrs3Inputs inputs = new Ogrs3Inputs(Sex.MALE, BORN, followUp.minusMonths(1), followUp, 18, sanctions,
                OffenceCategory.THEFT_NON_MOTOR);
        return new ScoresDetermined("X123456", inputs, Optional.of("04910"), Ogrs3.calculate(inputs), Ogrs3.VERSION,
                trigger);
    }

    @Test
    void noScoreBeforeAnyIsDetermined() {
        assertThat(given().latest()).isEmpty();
        assertThat(given().atStartOfFollowUp()).isEmpty();
    }

    @Test
    void theLatestScoreIsTheLastDetermined() {
        ScoresDetermined first = determined(FOLLOW_UP, 5, "sentence");
        ScoresDetermined second = determined(FOLLOW_UP, 6, "conviction");

        assertThat(given(first, second).latest()).contains(second);
    }

    @Test
    void calibrationJudgesThePredictionMadeWhenTheCurrentFollowUpBegan_ogrs3Calibration() {
        ScoresDetermined atStart = determined(FOLLOW_UP, 5, "sentence");
        ScoresDetermined afterReconviction = determined(FOLLOW_UP, 6, "conviction");

        assertThat(given(atStart, afterReconviction).atStartOfFollowUp()).contains(atStart);
    }

    @Test
    void aNewFollowUpStartsANewPrediction_ogrs3Calibration() {
        ScoresDetermined old = determined(FOLLOW_UP, 5, "sentence");
        ScoresDetermined resentenced = determined(FOLLOW_UP.plusYears(1), 6, "new sentence");
        ScoresDetermined later = determined(FOLLOW_UP.plusYears(1), 7, "conviction");

        assertThat(given(old, resentenced, later).atStartOfFollowUp()).contains(resentenced);
    }
}
