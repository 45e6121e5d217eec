package org.desist.risk.fairness;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;
import org.desist.risk.assessment.AssessmentEvent;
import org.desist.risk.assessment.CalculatedLevel;
import org.desist.risk.ogrs3.ScoresEvent;
import org.desist.risk.ogrs3.ScoresEvent.ScoresDetermined;

/**
 * Keeps {@code fairness_subjects}: for each person, the RoSH in effect, the tier and OGRS3 band as calculated and any
 * countersigned override of them, and the prediction made when the current follow-up began — what the fairness
 * report counts, one row a person.
 */
@ApplicationScoped
public class FairnessProjection implements Projection {

    private final EventCodec codec;
    private final ReadModelSql sql;

    FairnessProjection(EventCodec codec, ReadModelSql sql) {
        this.codec = codec;
        this.sql = sql;
    }

    @Override
    public String name() {
        return "fairness-subjects";
    }

    @Override
    public void apply(StoredEvent stored) {
        String crn = stored.stream().id();
        codec.decode(stored, AssessmentEvent.class).ifPresent(event -> {
            switch (event) {
                case AssessmentEvent.RoshAssessed a when a.effective() -> set(crn, "rosh = ?", a.overallLevel().name());
                case AssessmentEvent.RoshCountersigned c -> set(crn, "rosh = ?", c.overallLevel().name());
                case AssessmentEvent.TierCalculationChanged t -> set(crn, "tier_calculated = ?", t.tier());
                case AssessmentEvent.OverrideCountersigned o when o.level() == CalculatedLevel.TIER ->
                        set(crn, "tier_override_calculated = ?, tier_override_value = ?", o.calculated(), o.value());
                case AssessmentEvent.OverrideCountersigned o ->
                        set(crn, "band_override_calculated = ?, band_override_value = ?", o.calculated(), o.value());
                default -> {
                    // other judgements are not counted
                }
            }
        });
        codec.decode(stored, ScoresEvent.class).ifPresent(event -> {
            ScoresDetermined score = (ScoresDetermined) event;
            set(crn, "band_calculated = ?", score.ogrs3().band().name());
            // The prediction calibrated is the first made for the current start of follow-up (RiskScores).
            sql.update("UPDATE fairness_subjects SET follow_up_start = ?, one_year_probability = ?, "
                    + "two_year_probability = ? WHERE crn = ? AND follow_up_start IS DISTINCT FROM ?",
                    Date.valueOf(score.inputs().dateOfStartOfFollowUp()), score.ogrs3().oneYearProbability(),
                    score.ogrs3().twoYearProbability(), crn, Date.valueOf(score.inputs().dateOfStartOfFollowUp()));
        });
    }

    /** Sets columns of the person's row, starting the row if this is the first judgement counted. */
    private void set(String crn, String assignments, Object... values) {
        Object[] parameters = new Object[values.length + 1];
        System.arraycopy(values, 0, parameters, 0, values.length);
        parameters[values.length] = crn;
        sql.update("INSERT INTO fairness_subjects (crn) VALUES (?) ON CONFLICT (crn) DO NOTHING", crn);
        sql.update("UPDATE fairness_subjects SET " + assignments + " WHERE crn = ?", parameters);
    }

    @Override
    public void reset() {
        sql.update("DELETE FROM fairness_subjects");
    }
}
