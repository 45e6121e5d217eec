package org.desist.conduct.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;

/** Keeps {@code training_requirements} and {@code training_completions}. */
@ApplicationScoped
public class TrainingProjection implements Projection<TrainingEvent> {

    private final ReadModelSql sql;

    TrainingProjection(ReadModelSql sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "training";
    }

    @Override
    public Class<TrainingEvent> family() {
        return TrainingEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, TrainingEvent event) {
        switch (event) {
            case TrainingEvent.TrainingRequirementSet r -> sql.update("INSERT INTO training_requirements (course, roles, "
                    + "validity_months) VALUES (?, ?, ?) ON CONFLICT (course) DO UPDATE SET roles = excluded.roles, "
                    + "validity_months = excluded.validity_months", r.course(), String.join(",", r.roles()),
                    r.validityMonths());
            case TrainingEvent.TrainingCompleted c -> sql.update("INSERT INTO training_completions (staff_id, course, "
                    + "completed_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", c.staffId(), c.course(),
                    Date.valueOf(c.completedOn()));
        }
    }

    @Override
    public void reset() {
        sql.update("DELETE FROM training_requirements");
        sql.update("DELETE FROM training_completions");
    }

}
