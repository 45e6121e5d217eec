package org.desist.conduct.misconduct;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;

/** Keeps {@code misconduct_cases}: each case's member of staff, stage and outcome, for the conduct officer's list. */
@ApplicationScoped
public class MisconductProjection implements Projection<MisconductEvent> {

    private final ReadModelSql sql;

    MisconductProjection(ReadModelSql sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "misconduct-cases";
    }

    @Override
    public Class<MisconductEvent> family() {
        return MisconductEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, MisconductEvent event) {
        Timestamp at = Timestamp.from(stored.recordedAt());
        switch (event) {
            case MisconductEvent.MisconductAlleged alleged -> sql.update("INSERT INTO misconduct_cases "
                    + "(case_id, staff_id, stage, alleged_at) VALUES (?, ?, 'ALLEGED', ?) ON CONFLICT DO NOTHING",
                    alleged.caseId(), alleged.staffId(), at);
            case MisconductEvent.InvestigationOpened opened -> sql.update("UPDATE misconduct_cases "
                    + "SET stage = 'INVESTIGATING', investigator = ? WHERE case_id = ?", opened.investigator(),
                    opened.caseId());
            case MisconductEvent.MisconductConcluded concluded -> sql.update("UPDATE misconduct_cases "
                    + "SET stage = 'CONCLUDED', outcome = ?, concluded_at = ? WHERE case_id = ?",
                    concluded.outcome().name(), at, concluded.caseId());
        }
    }

    @Override
    public void reset() {
        sql.update("DELETE FROM misconduct_cases");
    }
}
