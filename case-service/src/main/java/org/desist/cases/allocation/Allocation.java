package org.desist.cases.allocation;

import java.util.List;
import java.util.Optional;
import org.desist.cases.allocation.AllocationEvent.CaseAllocated;
import org.desist.cases.allocation.AllocationEvent.CaseReallocated;
import org.desist.cases.allocation.AllocationEvent.ReallocationFlagged;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.RuleViolated;

/** Who supervises a person, and whether that must change. */
public record Allocation(Optional<Officer> officer, Optional<String> flaggedReason) {

    public record Officer(String staffId, String team) {
    }

    /** A member of staff as conduct-service's register says: their team, and the day they left if they have. */
    public record StaffMember(String staffId, Optional<String> team, Optional<java.time.LocalDate> leftOn) {
    }

    /**
     * What conduct-service has told case-service about the member of staff and the team named (see StaffConductFacts):
     * whether the register knows them, whether any current member is in the team, and their declarations.
     */
    public record StaffConduct(Optional<StaffMember> member, boolean teamExists, Optional<String> declaredRelationship,
            boolean safeguardingWithdrawn) {
    }

    public static final Aggregate<Allocation, AllocationEvent> AGGREGATE = new Aggregate<>(AllocationEvent.class,
            new Allocation(Optional.empty(), Optional.empty()), Allocation::evolve);

    static Allocation evolve(Allocation state, AllocationEvent event) {
        return switch (event) {
            case CaseAllocated a -> new Allocation(Optional.of(new Officer(a.staffId(), a.team())), Optional.empty());
            case CaseReallocated r -> new Allocation(Optional.of(new Officer(r.staffId(), r.team())), Optional.empty());
            case ReallocationFlagged f -> new Allocation(state.officer(), Optional.of(f.reason()));
        };
    }

    List<AllocationEvent> allocate(AllocateCase command, StaffConduct conduct) {
        // A case goes to someone accountable for it: a member of staff on the register, in the team that holds it.
        StaffMember member = conduct.member().orElseThrow(() -> new InvalidField("staffId",
                "a member of staff on the staff register", "no member of staff " + command.staffId()
                        + " is on the staff register: add them in conduct-service (POST /staff) first", null));
        member.leftOn().ifPresent(left -> {
            throw new RuleViolated("staff-member-left", command.staffId() + " left on " + left
                    + ": allocate a current member of staff", null);
        });
        if (member.team().isPresent() ? !member.team().get().equals(command.team()) : !conduct.teamExists()) {
            throw new InvalidField("team", "the member of staff's team on the register", member.team()
                    .map(team -> command.staffId() + " is in team " + team + ", not " + command.team()
                            + ": allocate within their team, or move them in conduct-service first")
                    .orElse("no current member of staff is in team " + command.team()), null);
        }
        // 002_d7d6c09e19b6ddeb.txt 7.6-7.7: no direct supervisory contact with someone staff have a relationship with.
        conduct.declaredRelationship().ifPresent(relationship -> {
            throw new RuleViolated("relationship-declared", command.staffId() + " has declared a " + relationship
                    + " relationship with this person and may not supervise them: allocate another officer",
                    "002_d7d6c09e19b6ddeb.txt 7.6-7.7");
        });
        // 002_d7d6c09e19b6ddeb.txt 4.5: staff must hold safeguarding registration to work with people on probation.
        if (conduct.safeguardingWithdrawn()) {
            throw new RuleViolated("safeguarding-registration-withdrawn", command.staffId()
                    + "'s safeguarding registration has been withdrawn: allocate another officer",
                    "002_d7d6c09e19b6ddeb.txt 4.5");
        }
        String reason = command.reason().map(String::strip).orElse("");
        if (officer.isEmpty()) {
            return List.of(new CaseAllocated(command.staffId(), command.team(), reason.isEmpty() ? "first allocation" : reason));
        }
        Officer current = officer.get();
        if (current.staffId().equals(command.staffId()) && current.team().equals(command.team())
                && flaggedReason.isEmpty()) {
            return List.of();
        }
        if (reason.isEmpty()) {
            throw new InvalidField("reason", "required to reallocate", "say why the case moves from "
                    + current.staffId() + " to " + command.staffId(), null);
        }
        return List.of(new CaseReallocated(current.staffId(), command.staffId(), command.team(), reason));
    }

    /** A conduct fact about the allocated officer arrived: flag the case for reallocation. */
    List<AllocationEvent> flagIfAllocatedTo(String staffId, String reason, String source) {
        if (officer.map(Officer::staffId).filter(staffId::equals).isEmpty() || flaggedReason.isPresent()) {
            return List.of();
        }
        return List.of(new ReallocationFlagged(staffId, reason, source));
    }
}
