package org.desist.risk.profile;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.http.NotFound;

/** Answers for the risk profiles kept by {@link CaseFacts}. */
@ApplicationScoped
public class RiskProfiles {

    private final org.desist.risk.ogrs3.Ogrs3Scoring scoring;

    RiskProfiles(org.desist.risk.ogrs3.Ogrs3Scoring scoring) {
        this.scoring = scoring;
    }

    public RiskProfile of(String crn) {
        RiskProfileRecord row = RiskProfileRecord.findById(crn);
        if (row == null || row.registeredAt == null) {
            throw new NotFound("risk-service has not yet heard of the registration of " + crn
                    + ": it arrives from case-service's events, so try again shortly");
        }
        List<ContactOutcomeRecord> contacts = ContactOutcomeRecord.list("crn", crn);
        return new RiskProfile(row.crn, Optional.ofNullable(row.dateOfBirth), Optional.ofNullable(row.sex),
                Optional.ofNullable(row.registeredAt), contacts.size(),
                count(contacts, "FAILED_TO_ATTEND"), count(contacts, "UNACCEPTABLE_ABSENCE"),
                contacts.stream().map(c -> c.occurredAt).max(Instant::compareTo), row.caseVersion,
                scoring.latest(crn).map(org.desist.risk.ogrs3.ScoresEvent.ScoresDetermined::ogrs3));
    }

    private static long count(List<ContactOutcomeRecord> contacts, String outcome) {
        return contacts.stream().filter(c -> outcome.equals(c.outcome)).count();
    }
}
