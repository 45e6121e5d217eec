package org.desist.cases.supervision;

import java.time.Instant;
import java.util.Optional;

/** Whether contact is on track: {@code GET /people/{crn}/supervision}. */
public record SupervisionView(Optional<String> tier, Optional<String> roshLevel, int contactEveryDays,
        Optional<Instant> lastContactAt, Instant nextContactDue, boolean onTrack) {
}
