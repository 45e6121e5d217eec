package org.desist.reporting.report;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When a report is due: a number of working days (Monday to Friday; bank holidays are not yet known to the platform)
 * after the request, per type — a standard report within 15 — unless the hearing is sooner.
 */
public final class DueDates {

    private DueDates() {
    }

    public static LocalDate due(int workingDays, LocalDate requestedOn, LocalDate hearingDate) {
        LocalDate due = requestedOn;
        for (int left = workingDays; left > 0;) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return hearingDate.isBefore(due) ? hearingDate : due;
    }

    /** Past its due date or its hearing and not yet signed. */
    public static boolean overdue(LocalDate dueDate, LocalDate hearingDate, boolean signed, LocalDate today) {
        return !signed && (today.isAfter(dueDate) || today.isAfter(hearingDate));
    }
}
