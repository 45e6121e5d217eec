package org.desist.cases.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.cases.allocation.AllocationEvent.CaseAllocated;
import org.desist.cases.allocation.AllocationEvent.CaseReallocated;
import org.desist.cases.allocation.AllocationEvent.ReallocationFlagged;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.projection.Projection;

/** Keeps {@code allocations}: each person's officer and team, and whether the case is flagged for reallocation. */
@ApplicationScoped
public class AllocationsProjection implements Projection {

    private final EventCodec codec;

    AllocationsProjection(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public String name() {
        return "allocations";
    }

    @Override
    public void apply(StoredEvent stored) {
        codec.decode(stored, AllocationEvent.class).ifPresent(event -> {
            String crn = stored.stream().id();
            switch (event) {
                case CaseAllocated a -> allocate(crn, a.staffId(), a.team(), stored);
                case CaseReallocated r -> allocate(crn, r.staffId(), r.team(), stored);
                case ReallocationFlagged f -> AllocationRecord.update("flaggedReason = ?1 where crn = ?2", f.reason(), crn);
            }
        });
    }

    private static void allocate(String crn, String staffId, String team, StoredEvent stored) {
        AllocationRecord row = AllocationRecord.findById(crn);
        boolean first = row == null;
        if (first) {
            row = new AllocationRecord();
            row.crn = crn;
        }
        row.staffId = staffId;
        row.team = team;
        row.allocatedAt = stored.recordedAt();
        row.flaggedReason = null;
        if (first) {
            row.persist();
        }
    }

    @Override
    public void reset() {
        AllocationRecord.deleteAll();
    }
}
