package org.desist.conduct.misconduct;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;

/** Keeps {@code misconduct_cases}: each case's member of staff, stage and outcome, for the conduct officer's list. */
@ApplicationScoped
public class MisconductProjection implements Projection {

    private final EventCodec codec;
    private final ReadModelSql sql;

    MisconductProjection(EventCodec codec, ReadModelSql sql) {
        this.codec = codec;
        this.sql = sql;
    }

    @Override
    public String name() {
        return "misconduct-cases";
    }

    @Override
    public void apply(StoredEvent stored) {
        Timestamp at = Timestamp.from(stored.recordedAt());
        codec.decode(stored, MisconductEvent.class).ifPresent(event -> {
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
        });
    }

    @Override
    public void reset() {
        sql.update("DELETE FROM misconduct_cases");
    }
}
