package org.desist.risk.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** What risk-service knows of a person from case-service, as {@code GET /people/{crn}/risk-profile} shows it. */
public record RiskProfile(String crn, Optional<LocalDate> dateOfBirth, Optional<String> sex, Optional<String> ethnicity,
        Optional<Instant> registeredAt, long contacts, long failuresToAttend, long unacceptableAbsences,
        Optional<Instant> lastContactAt, long caseVersion, Optional<org.desist.risk.ogrs3.Ogrs3Score> ogrs3) {
}
