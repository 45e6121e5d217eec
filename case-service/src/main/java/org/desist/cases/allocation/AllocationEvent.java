package org.desist.cases.allocation;

import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;

/** Who supervises the person: allocation, reallocation with its reason, and flags that it must change. */
public sealed interface AllocationEvent {

    @EventType("probation-case.case.allocated")
    record CaseAllocated(String staffId, String team, String reason) implements AllocationEvent, Judgement {

        @Override
        public String rationale() {
            return reason;
        }
    }

    @EventType("probation-case.case.reallocated")
    record CaseReallocated(String previousStaffId, String staffId, String team, String reason)
            implements AllocationEvent, Judgement {

        @Override
        public String rationale() {
            return reason;
        }
    }

    /** The allocated officer may no longer supervise the person: the case must be reallocated. */
    @EventType("probation-case.case.reallocation-flagged")
    record ReallocationFlagged(String staffId, String reason, String source) implements AllocationEvent {
    }
}
