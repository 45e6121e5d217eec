package org.desist.conduct.training;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.projection.Projection;

/** Keeps {@code training_requirements} and {@code training_completions}. */
@ApplicationScoped
public class TrainingProjection implements Projection {

    private final EventCodec codec;
    private final AgroalDataSource dataSource;

    TrainingProjection(EventCodec codec, AgroalDataSource dataSource) {
        this.codec = codec;
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "training";
    }

    @Override
    public void apply(StoredEvent stored) {
        codec.decode(stored, TrainingEvent.class).ifPresent(event -> {
            switch (event) {
                case TrainingEvent.TrainingRequirementSet r -> run("INSERT INTO training_requirements (course, roles, "
                        + "validity_months) VALUES (?, ?, ?) ON CONFLICT (course) DO UPDATE SET roles = excluded.roles, "
                        + "validity_months = excluded.validity_months", r.course(), String.join(",", r.roles()),
                        r.validityMonths());
                case TrainingEvent.TrainingCompleted c -> run("INSERT INTO training_completions (staff_id, course, "
                        + "completed_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", c.staffId(), c.course(),
                        Date.valueOf(c.completedOn()));
            }
        });
    }

    @Override
    public void reset() {
        run("DELETE FROM training_requirements");
        run("DELETE FROM training_completions");
    }

    private void run(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not keep the training read model", e);
        }
    }
}
