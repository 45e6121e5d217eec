package org.desist.risk.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;

/** Keeps {@code reviews_due}: each person's outstanding reassessment, for the overdue lists by team. */
@ApplicationScoped
public class ReviewsProjection implements Projection<AssessmentEvent> {

    private final ReadModelSql sql;

    ReviewsProjection(ReadModelSql sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "reviews-due";
    }

    @Override
    public Class<AssessmentEvent> family() {
        return AssessmentEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, AssessmentEvent event) {
        switch (event) {
            case AssessmentEvent.ReviewDue due -> sql.update("INSERT INTO reviews_due (crn, review_id, due_by, reason) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (crn) DO UPDATE SET review_id = excluded.review_id, "
                    + "due_by = LEAST(reviews_due.due_by, excluded.due_by), reason = CASE WHEN excluded.due_by "
                    + "< reviews_due.due_by THEN excluded.reason ELSE reviews_due.reason END",
                    due.crn(), due.reviewId(), Date.valueOf(due.dueBy()), due.reason());
            case AssessmentEvent.ReviewCompleted completed -> sql.update("DELETE FROM reviews_due WHERE crn = ?", completed.crn());
            default -> {
                // other judgements do not change what is due
            }
        }
    }

    @Override
    public void reset() {
        sql.update("DELETE FROM reviews_due");
    }

}
