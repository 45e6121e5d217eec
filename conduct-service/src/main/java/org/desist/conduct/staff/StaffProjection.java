package org.desist.conduct.staff;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;

/** Keeps the {@code staff} read model. */
@ApplicationScoped
public class StaffProjection implements Projection<StaffEvent> {

    @Override
    public String name() {
        return "staff";
    }

    @Override
    public Class<StaffEvent> family() {
        return StaffEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, StaffEvent event) {
        switch (event) {
            case StaffEvent.StaffMemberRegistered r -> {
                StaffRecord row = new StaffRecord();
                row.staffId = r.staffId();
                row.name = r.name();
                row.role = r.role();
                row.team = r.team().orElse(null);
                row.lineManager = r.lineManager().orElse(null);
                row.persist();
            }
            case StaffEvent.StaffMemberMoved m -> {
                StaffRecord row = StaffRecord.findById(m.staffId());
                row.team = m.team().orElse(null);
                row.lineManager = m.lineManager().orElse(null);
            }
            case StaffEvent.StaffMemberLeft l -> {
                StaffRecord row = StaffRecord.findById(l.staffId());
                row.leftOn = l.leftOn();
            }
        }
    }

    @Override
    public void reset() {
        StaffRecord.deleteAll();
    }
}
