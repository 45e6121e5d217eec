package org.desist.conduct.gift;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.access.PersonMatchKey;
import org.desist.eventstore.http.InvalidField;

/**
 * Who is on case-service's register, as far as a gift's donor needs to be recognised (002_d7d6c09e19b6ddeb.txt 7.4:
 * no gift from a service user, whether or not the member of staff names their CRN).
 */
@ApplicationScoped
public class PeopleOnProbation {

    private final PersonMatchKey keys;

    PeopleOnProbation(PersonMatchKey keys) {
        this.keys = keys;
    }

    /** Keeps a registered person's CRN beside the match key case-service published for them; again is the same. */
    void registered(String crn, String matchKey) {
        PersonOnProbationRecord found = PersonOnProbationRecord.findById(crn);
        PersonOnProbationRecord row = found == null ? new PersonOnProbationRecord() : found;
        row.crn = crn;
        row.donorKey = matchKey;
        if (found == null) {
            row.persist();
        }
    }

    /** The CRN of the person on probation the donor is, when they are one. */
    Optional<String> crnOf(GiftResource.Donor donor) {
        Optional<String> key = keys.of(donor.name(), donor.dateOfBirth());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<String> crns = PersonOnProbationRecord.<PersonOnProbationRecord>list("donorKey = ?1 order by crn",
                key.get()).stream().map(row -> row.crn).toList();
        if (crns.size() > 1) {
            throw new InvalidField("crn", "required-when-donor-is-ambiguous", "the donor's name and date of birth match "
                    + crns.size() + " people on probation: name the CRN of the one who made the offer",
                    Gifts.CLAUSE);
        }
        return crns.stream().findFirst();
    }
}
