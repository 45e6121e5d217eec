package org.desist.risk.fairness;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;
import org.desist.risk.assessment.AssessmentEvent;
import org.desist.risk.assessment.CalculatedLevel;
import org.desist.risk.ogrs3.ScoresEvent;
import org.desist.risk.ogrs3.ScoresEvent.ScoresDetermined;

/**
 * Keeps {@code fairness_subjects}: for each person, the RoSH in effect, the tier and OGRS3 band as calculated, the
 * latest countersigned override of each and how many were made up and down, and the prediction made when their first
 * follow-up began — what the fairness report counts, one row a person.
 */
@ApplicationScoped
public class FairnessProjection implements Projection {

    private static final Set<String> COUNTED = Stream.of(AssessmentEvent.RoshAssessed.class,
            AssessmentEvent.RoshCountersigned.class, AssessmentEvent.TierCalculationChanged.class,
            AssessmentEvent.OverrideCountersigned.class, ScoresDetermined.class).map(EventCodec::typeName)
            .collect(Collectors.toUnmodifiableSet());

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
        // Only the judgements counted are decoded: a rebuild then never stops on an event the report does not read.
        if (!COUNTED.contains(stored.type())) {
            return;
        }
        String crn = stored.stream().id();
        codec.decode(stored, AssessmentEvent.class).ifPresent(event -> {
            switch (event) {
                case AssessmentEvent.RoshAssessed a when a.effective() -> set(crn, "rosh = ?", a.overallLevel().name());
                case AssessmentEvent.RoshCountersigned c -> set(crn, "rosh = ?", c.overallLevel().name());
                case AssessmentEvent.TierCalculationChanged t -> set(crn, "tier_calculated = ?", t.tier());
                case AssessmentEvent.OverrideCountersigned o -> {
                    String level = o.level() == CalculatedLevel.TIER ? "tier" : "band";
                    // Every override made is counted by its direction, in force or since superseded.
                    String made = level + "_overrides_" + o.level().direction(o.calculated(), o.value()).toLowerCase();
                    set(crn, level + "_override_calculated = ?, " + level + "_override_value = ?, " + made + " = " + made
                            + " + 1", o.calculated(), o.value());
                }
                default -> {
                    // other judgements are not counted
                }
            }
        });
        codec.decode(stored, ScoresEvent.class).ifPresent(event -> {
            ScoresDetermined score = (ScoresDetermined) event;
            set(crn, "band_calculated = ?", score.ogrs3().band().name());
            // Calibrated: the first prediction for the person's first follow-up, kept when they are re-sentenced, so
            // that a reconviction still counts against the prediction it followed (RiskScores).
            Date start = Date.valueOf(score.inputs().dateOfStartOfFollowUp());
            sql.update("UPDATE fairness_subjects SET follow_up_start = ?, one_year_probability = ?, "
                    + "two_year_probability = ? WHERE crn = ? AND (follow_up_start IS NULL OR follow_up_start > ?)",
                    start, score.ogrs3().oneYearProbability(), score.ogrs3().twoYearProbability(), crn, start);
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
