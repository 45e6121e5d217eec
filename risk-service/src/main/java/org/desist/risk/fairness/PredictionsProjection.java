package org.desist.risk.fairness;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;
import org.desist.risk.ogrs3.ScoresEvent;
import org.desist.risk.ogrs3.ScoresEvent.ScoresDetermined;

/**
 * Keeps {@code fairness_predictions}: each person's OGRS3 band as calculated, and the prediction made when their first
 * follow-up began — what the fairness report's calibration compares with reconvictions.
 */
@ApplicationScoped
public class PredictionsProjection implements Projection<ScoresEvent> {

    private final ReadModelSql sql;

    PredictionsProjection(ReadModelSql sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "fairness-predictions";
    }

    @Override
    public Class<ScoresEvent> family() {
        return ScoresEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, ScoresEvent event) {
        switch (event) {
            case ScoresDetermined score -> {
                String crn = stored.stream().id();
                Date start = Date.valueOf(score.inputs().dateOfStartOfFollowUp());
                sql.update("INSERT INTO fairness_predictions (crn, band_calculated, follow_up_start, one_year_probability, "
                        + "two_year_probability) VALUES (?, ?, ?, ?, ?) ON CONFLICT (crn) DO UPDATE SET "
                        + "band_calculated = excluded.band_calculated", crn, score.ogrs3().band().name(), start,
                        score.ogrs3().oneYearProbability(), score.ogrs3().twoYearProbability());
                // Calibrated: the first prediction for the person's first follow-up, kept when they are re-sentenced,
                // so that a reconviction still counts against the prediction it followed (RiskScores).
                sql.update("UPDATE fairness_predictions SET follow_up_start = ?, one_year_probability = ?, "
                        + "two_year_probability = ? WHERE crn = ? AND follow_up_start > ?", start,
                        score.ogrs3().oneYearProbability(), score.ogrs3().twoYearProbability(), crn, start);
            }
        }
    }

    @Override
    public void reset() {
        sql.update("DELETE FROM fairness_predictions");
    }
}
