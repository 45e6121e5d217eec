package org.desist.risk.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;

/** Keeps {@code registration_reviews}: each registration in force and its next review date, for the overdue lists. */
@ApplicationScoped
public class RegistrationReviewsProjection implements Projection<AssessmentEvent> {

    private final ReadModelSql sql;

    RegistrationReviewsProjection(ReadModelSql sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "registration-reviews";
    }

    @Override
    public Class<AssessmentEvent> family() {
        return AssessmentEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, AssessmentEvent event) {
        switch (event) {
            case AssessmentEvent.RegistrationAdded added -> sql.update("INSERT INTO registration_reviews "
                    + "(registration_id, crn, type, review_date) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    added.registrationId(), stored.stream().id(), added.type().name(), Date.valueOf(added.reviewDate()));
            case AssessmentEvent.RegistrationReviewed reviewed -> sql.update("UPDATE registration_reviews "
                    + "SET review_date = ? WHERE registration_id = ?", Date.valueOf(reviewed.nextReviewDate()),
                    reviewed.registrationId());
            case AssessmentEvent.RegistrationRemoved removed -> sql.update("DELETE FROM registration_reviews "
                    + "WHERE registration_id = ?", removed.registrationId());
            default -> {
                // other judgements do not change what is to be reviewed
            }
        }
    }

    @Override
    public void reset() {
        sql.update("DELETE FROM registration_reviews");
    }
}
