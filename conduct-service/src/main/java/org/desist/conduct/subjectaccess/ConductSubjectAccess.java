package org.desist.conduct.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.desist.conduct.gift.PersonOnProbationRecord;
import org.desist.conduct.staff.StaffRecord;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.subjectaccess.HeldRecord;
import org.desist.eventstore.subjectaccess.Redaction;
import org.desist.eventstore.subjectaccess.SubjectAccessPeriod;
import org.desist.eventstore.subjectaccess.SubjectAccessSource;
import org.desist.eventstore.subjectaccess.ThirdParties;

/**
 * conduct-service's part of a subject access request. The staff conduct register is about staff, who are third
 * parties to the person's request: only what concerns the person as a person on probation is answered — gifts they
 * offered (declined, 002 7.4), and declarations of a relationship or connection naming them — with the member of staff
 * by role and team and the staff member's own account of it left out.
 */
@ApplicationScoped
public class ConductSubjectAccess implements SubjectAccessSource {

    /** The register's records that name a person on probation by their CRN. */
    static final Set<String> ABOUT_THE_PERSON = Set.of("conduct.gift-offer.declined", "conduct.relationship.declared",
            "conduct.relationship.declaration-ended", "conduct.conflict-of-interest.declared");
    /** The staff member's own words about a declaration: theirs, not the person's. */
    static final Set<String> STAFF_ACCOUNT = Set.of("details");

    private final EventStore store;
    private final Redaction redaction;

    ConductSubjectAccess(EventStore store, Redaction redaction) {
        this.store = store;
        this.redaction = redaction;
    }

    @Override
    public boolean knows(String crn) {
        return PersonOnProbationRecord.findById(crn) != null || !store.readMentioning("crn", crn).isEmpty();
    }

    @Override
    public List<HeldRecord> held(SubjectAccessPeriod period) {
        return store.readMentioning("crn", period.crn()).stream()
                .filter(event -> ABOUT_THE_PERSON.contains(event.type()) && period.contains(event.recordedAt()))
                .map(event -> redaction.record(event, Redaction.leaveOut(event.payload(), STAFF_ACCOUNT))).toList();
    }

    /** Staff are known here by name: their names are redacted in the records' text unless policy names staff. */
    @Override
    public ThirdParties thirdParties(String crn) {
        return new ThirdParties(Set.of(), Set.copyOf(StaffRecord.getEntityManager()
                .createQuery("SELECT s.name FROM StaffRecord s WHERE s.name IS NOT NULL", String.class).getResultList()),
                Set.of());
    }

    @Override
    public List<String> withheld() {
        return List.of("The staff conduct register is about staff: only records naming you are included (gifts you "
                + "offered, declarations of a relationship with you), without the member of staff's own account.",
                "This service keeps no name or date of birth of yours, only a keyed hash of them beside your CRN, to "
                        + "recognise a gift's donor.");
    }
}
