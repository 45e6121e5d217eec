package org.desist.cases.criminalhistory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.eventstore.command.EventType;

/**
 * A person's criminal history as the police record gives it, and convictions recorded since: risk-service needs the
 * first for OGRS3, and the second is the reoffending outcome that reporting measures (004_65e84e6534087b6f.txt).
 */
public sealed interface CriminalHistoryEvent {

    /** The police record as checked: it replaces any earlier check's figures. */
    @EventType("probation-case.criminal-history.recorded")
    record CriminalHistoryRecorded(int previousSanctions, java.util.Optional<LocalDate> firstSanctionDate,
            List<PreviousOffence> previousOffences, String source) implements CriminalHistoryEvent {

        public CriminalHistoryRecorded {
            firstSanctionDate = firstSanctionDate == null ? java.util.Optional.empty() : firstSanctionDate;
        }
    }

    record PreviousOffence(String offenceCode, LocalDate offenceDate, LocalDate convictionDate, String category) {
    }

    @EventType("probation-case.conviction.recorded")
    record ConvictionRecorded(UUID convictionId, String offenceCode, LocalDate offenceDate, LocalDate convictionDate,
            String court, String category) implements CriminalHistoryEvent {
    }
}
