package org.desist.risk.fairness;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;
import org.desist.risk.assessment.AssessmentEvent;
import org.desist.risk.assessment.CalculatedLevel;

/**
 * Keeps {@code fairness_subjects}: for each person, the RoSH in effect, the tier as calculated and the tier in force
 * (as risk-service publishes it), the latest countersigned OGRS3 band override and how many overrides of each were
 * made up and down — the judgements the fairness report counts, one row a person. The predictions it calibrates are
 * kept beside it by {@link PredictionsProjection}.
 */
@ApplicationScoped
public class FairnessProjection implements Projection<AssessmentEvent> {

    private final ReadModelSql sql;

    FairnessProjection(ReadModelSql sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "fairness-subjects";
    }

    @Override
    public Class<AssessmentEvent> family() {
        return AssessmentEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, AssessmentEvent event) {
        String crn = stored.stream().id();
        switch (event) {
            case AssessmentEvent.RoshAssessed a when a.effective() -> set(crn, "rosh = ?", a.overallLevel().name());
            case AssessmentEvent.RoshCountersigned c -> set(crn, "rosh = ?", c.overallLevel().name());
            case AssessmentEvent.TierCalculationChanged t -> set(crn, "tier_calculated = ?", t.tier());
            case AssessmentEvent.TierInForceChanged t -> set(crn, "tier_in_force = ?", t.tier());
            case AssessmentEvent.OverrideCountersigned o when o.level() == CalculatedLevel.TIER ->
                // Every override made is counted by its direction, in force or since superseded.
                set(crn, overridesMade(o) + " = " + overridesMade(o) + " + 1");
            case AssessmentEvent.OverrideCountersigned o -> set(crn, "band_override_calculated = ?, "
                    + "band_override_value = ?, " + overridesMade(o) + " = " + overridesMade(o) + " + 1",
                    o.calculated(), o.value());
            default -> {
                // other judgements are not counted
            }
        }
    }

    private static String overridesMade(AssessmentEvent.OverrideCountersigned o) {
        String level = o.level() == CalculatedLevel.TIER ? "tier" : "band";
        return level + "_overrides_" + o.level().direction(o.calculated(), o.value()).toLowerCase();
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
