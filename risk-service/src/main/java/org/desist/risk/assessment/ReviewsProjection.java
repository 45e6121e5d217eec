package org.desist.risk.assessment;

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

/** Keeps {@code reviews_due}: each person's outstanding reassessment, for the overdue lists by team. */
@ApplicationScoped
public class ReviewsProjection implements Projection {

    private final EventCodec codec;
    private final AgroalDataSource dataSource;

    ReviewsProjection(EventCodec codec, AgroalDataSource dataSource) {
        this.codec = codec;
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "reviews-due";
    }

    @Override
    public void apply(StoredEvent stored) {
        codec.decode(stored, AssessmentEvent.class).ifPresent(event -> {
            switch (event) {
                case AssessmentEvent.ReviewDue due -> run("INSERT INTO reviews_due (crn, review_id, due_by, reason) "
                        + "VALUES (?, ?, ?, ?) ON CONFLICT (crn) DO UPDATE SET review_id = excluded.review_id, "
                        + "due_by = LEAST(reviews_due.due_by, excluded.due_by), reason = CASE WHEN excluded.due_by "
                        + "< reviews_due.due_by THEN excluded.reason ELSE reviews_due.reason END",
                        due.crn(), due.reviewId(), Date.valueOf(due.dueBy()), due.reason());
                case AssessmentEvent.ReviewCompleted completed -> run("DELETE FROM reviews_due WHERE crn = ?", completed.crn());
                default -> {
                    // other judgements do not change what is due
                }
            }
        });
    }

    @Override
    public void reset() {
        run("DELETE FROM reviews_due");
    }

    private void run(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not keep reviews_due", e);
        }
    }
}
