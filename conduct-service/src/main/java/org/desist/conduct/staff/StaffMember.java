package org.desist.conduct.staff;

import java.util.Optional;
import org.desist.conduct.staff.StaffEvent.StaffMemberRegistered;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.command.Aggregate;

/** A member of staff as the register holds them; each member's entries are one stream, identified by staff id. */
public record StaffMember(Optional<StaffMemberRegistered> registration) {

    public static final Aggregate<StaffMember, StaffEvent> AGGREGATE =
            new Aggregate<>(StaffEvent.class, new StaffMember(Optional.empty()), StaffMember::evolve);

    static StaffMember evolve(StaffMember state, StaffEvent event) {
        return switch (event) {
            case StaffMemberRegistered registered -> new StaffMember(Optional.of(registered));
        };
    }

    public static StreamId stream(String staffId) {
        return StreamId.of("staff", staffId);
    }
}
