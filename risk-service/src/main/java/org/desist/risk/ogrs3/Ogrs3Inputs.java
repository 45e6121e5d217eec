package org.desist.risk.ogrs3;

import java.time.LocalDate;

/** What OGRS3 is calculated from, once the offence is resolved to its category. */
public record Ogrs3Inputs(Sex sex, LocalDate dateOfBirth, LocalDate dateOfCurrentConviction,
        LocalDate dateOfStartOfFollowUp, int ageAtFirstSanction, int totalSanctions, OffenceCategory offenceCategory) {
}
