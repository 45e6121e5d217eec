package org.desist.conduct.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.staff.StaffEvent.StaffMemberLeft;
import org.desist.conduct.staff.StaffEvent.StaffMemberMoved;
import org.desist.conduct.staff.StaffEvent.StaffMemberRegistered;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;

/**
 * A member of staff as the register holds them: where they work now and whether they have left. Each member's
 * entries are one stream, identified by staff id.
 */
public record StaffMember(Optional<StaffMemberRegistered> registration, Optional<String> team,
        Optional<String> lineManager, Optional<LocalDate> leftOn) {

    public static final Aggregate<StaffMember, StaffEvent> AGGREGATE = new Aggregate<>(StaffEvent.class,
            new StaffMember(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), StaffMember::evolve);

    static StaffMember evolve(StaffMember state, StaffEvent event) {
        return switch (event) {
            case StaffMemberRegistered r -> new StaffMember(Optional.of(r), r.team(), r.lineManager(), Optional.empty());
            case StaffMemberMoved m -> new StaffMember(state.registration(), m.team(), m.lineManager(), state.leftOn());
            case StaffMemberLeft l -> new StaffMember(state.registration(), state.team(), state.lineManager(),
                    Optional.of(l.leftOn()));
        };
    }

    public static StreamId stream(String staffId) {
        return StreamId.of("staff", staffId);
    }

    /**
     * A member of staff's private records (convictions, outside work, gifts no other service acts on): a stream type
     * the relay never publishes (desist.eventstore.relay.private-stream-types). Records made before it are in
     * {@link #stream(String)}.
     */
    public static StreamId privateStream(String staffId) {
        return StreamId.of("staff-private", "staff-private:" + staffId);
    }

    /** No event when the member is already where the move puts them. */
    List<StaffEvent> move(String staffId, Optional<String> toTeam, Optional<String> toLineManager,
            Optional<UUID> reorganisationId, String reason) {
        current(staffId);
        Optional<String> newTeam = toTeam.or(this::team);
        Optional<String> newLineManager = toLineManager.or(this::lineManager);
        if (newTeam.equals(team) && newLineManager.equals(lineManager)) {
            return List.of();
        }
        return List.of(new StaffMemberMoved(staffId, newTeam, newLineManager, team, lineManager, reorganisationId, reason));
    }

    List<StaffEvent> leave(String staffId, LocalDate on, String reason) {
        current(staffId);
        return List.of(new StaffMemberLeft(staffId, on, reason));
    }

    private void current(String staffId) {
        if (registration.isEmpty()) {
            throw new NotFound("no member of staff " + staffId + " is on the register");
        }
        if (leftOn.isPresent()) {
            throw new RuleViolated("staff-member-left", staffId + " left on " + leftOn.get()
                    + "; the register keeps their entries but moves them no more", null);
        }
    }
}
