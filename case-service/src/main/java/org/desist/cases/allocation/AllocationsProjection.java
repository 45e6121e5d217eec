package org.desist.cases.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.desist.cases.allocation.AllocationEvent.CaseAllocated;
import org.desist.cases.allocation.AllocationEvent.CaseReallocated;
import org.desist.cases.allocation.AllocationEvent.ReallocationFlagged;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;

/**
 * Keeps {@code allocations}: each person's officer and team, and whether the case is flagged for reallocation. Written
 * in SQL: a JPQL update would flush the whole session once per event on a replay.
 */
@ApplicationScoped
public class AllocationsProjection implements Projection<AllocationEvent> {

    private final ReadModelSql sql;

    AllocationsProjection(ReadModelSql sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "allocations";
    }

    @Override
    public Class<AllocationEvent> family() {
        return AllocationEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, AllocationEvent event) {
        String crn = stored.stream().id();
        switch (event) {
            case CaseAllocated a -> allocate(crn, a.staffId(), a.team(), stored);
            case CaseReallocated r -> allocate(crn, r.staffId(), r.team(), stored);
            case ReallocationFlagged f -> sql.update("UPDATE allocations SET flagged_reason = ? WHERE crn = ?",
                    f.reason(), crn);
        }
    }

    private void allocate(String crn, String staffId, String team, StoredEvent stored) {
        sql.update("INSERT INTO allocations (crn, staff_id, team, allocated_at, flagged_reason) "
                + "VALUES (?, ?, ?, ?, NULL) ON CONFLICT (crn) DO UPDATE SET staff_id = excluded.staff_id, "
                + "team = excluded.team, allocated_at = excluded.allocated_at, flagged_reason = NULL",
                crn, staffId, team, OffsetDateTime.ofInstant(stored.recordedAt(), ZoneOffset.UTC));
    }

    @Override
    public void reset() {
        sql.update("DELETE FROM allocations");
    }
}
