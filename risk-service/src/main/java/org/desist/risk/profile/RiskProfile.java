package org.desist.risk.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What risk-service knows of a person from case-service, as {@code GET /people/{crn}/risk-profile} shows it: not their
 * ethnicity, which only fairness monitoring's figures use (need-to-know, 001).
 */
public record RiskProfile(String crn, Optional<LocalDate> dateOfBirth, Optional<String> sex,
        Optional<Instant> registeredAt, long contacts, long failuresToAttend, long unacceptableAbsences,
        Optional<Instant> lastContactAt, long caseVersion, Optional<org.desist.risk.ogrs3.Ogrs3Score> ogrs3) {
}
