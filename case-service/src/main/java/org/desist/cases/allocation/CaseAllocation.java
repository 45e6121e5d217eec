package org.desist.cases.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.desist.cases.person.PersonRegistration;
import org.desist.cases.person.PersonStreams;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;

/** Allocates cases to officers, refusing those the conduct register rules out, and flags cases that must move. */
@ApplicationScoped
public class CaseAllocation {

    private final CommandHandler commands;
    private final StaffConductFacts conduct;
    private final PersonRegistration people;

    CaseAllocation(CommandHandler commands, StaffConductFacts conduct, PersonRegistration people) {
        this.commands = commands;
        this.conduct = conduct;
        this.people = people;
    }

    @Transactional
    public AllocationView allocate(String crn, ExpectedVersion expected, AllocateCase command, CommandMetadata metadata) {
        Allocation.StaffConduct staff = conduct.about(command.staffId(), command.team(), crn);
        Decision decision = commands.update(PersonStreams.of(crn), expected, Allocation.AGGREGATE,
                allocation -> allocation.allocate(command, staff), metadata);
        return view(crn).withVersion(decision.version());
    }

    /** Called in the transaction that consumed the conduct event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flagIfAllocatedTo(String crn, String staffId, String reason, String source, CommandMetadata metadata) {
        commands.update(PersonStreams.of(crn), ExpectedVersion.any(), Allocation.AGGREGATE,
                allocation -> allocation.flagIfAllocatedTo(staffId, reason, source), metadata);
    }

    /** The allocation as it stood at {@code asOf}, folded from the person's stream. */
    public AllocationView view(String crn, java.time.Instant asOf) {
        var loaded = commands.load(crn, Allocation.AGGREGATE, asOf);
        if (!loaded.exists()) {
            throw new org.desist.eventstore.StreamNotFound(PersonStreams.of(crn));
        }
        Allocation allocation = loaded.state();
        return allocation.officer().map(officer -> new AllocationView(true, Optional.of(officer.staffId()),
                        Optional.of(officer.team()), Optional.<java.time.Instant>empty(), allocation.flaggedReason().isPresent(),
                        allocation.flaggedReason(), Optional.of(loaded.version())))
                .orElseGet(AllocationView::unallocated);
    }

    public AllocationView view(String crn) {
        people.view(crn);
        return Optional.ofNullable(AllocationRecord.<AllocationRecord>findById(crn)).map(AllocationView::of)
                .orElseGet(AllocationView::unallocated);
    }
}
