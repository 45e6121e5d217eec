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

    /** What conduct-service has told case-service about the member of staff (see ConductFacts). */
    public record StaffConduct(Optional<String> declaredRelationship, boolean safeguardingWithdrawn) {
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
