package org.desist.cases.allocation;

import java.time.Instant;
import java.util.Optional;

/** Who supervises a person, as {@code GET /people/{crn}/allocation} shows it. */
public record AllocationView(boolean allocated, Optional<String> staffId, Optional<String> team,
        Optional<Instant> allocatedAt, boolean flaggedForReallocation, Optional<String> flagReason,
        Optional<Long> version) {

    static AllocationView of(AllocationRecord row) {
        return new AllocationView(true, Optional.of(row.staffId), Optional.of(row.team), Optional.of(row.allocatedAt),
                row.flaggedReason != null, Optional.ofNullable(row.flaggedReason), Optional.empty());
    }

    static AllocationView unallocated() {
        return new AllocationView(false, Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty());
    }

    AllocationView withVersion(long version) {
        return new AllocationView(allocated, staffId, team, allocatedAt, flaggedForReallocation, flagReason,
                Optional.of(version));
    }
}
