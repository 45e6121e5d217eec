package org.desist.cases.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.desist.cases.person.PersonRecord;
import org.desist.cases.person.PersonStreams;
import org.desist.cases.contactdetails.ContactDetailsResource;
import org.desist.cases.victim.VictimWork;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.subjectaccess.HeldRecord;
import org.desist.eventstore.subjectaccess.Redaction;
import org.desist.eventstore.subjectaccess.SubjectAccessPeriod;
import org.desist.eventstore.subjectaccess.SubjectAccessSource;
import org.desist.eventstore.subjectaccess.ThirdParties;

/**
 * case-service's part of a subject access request: the person's own stream, event by event. Victims' records are
 * theirs, never the person's: the victim stream is not included, and victims' names, like those of the other people
 * on probation registered here, are replaced wherever the person's own record mentions them. Staff are known here by
 * user name only, which no free text is searched for.
 */
@ApplicationScoped
public class CaseSubjectAccess implements SubjectAccessSource {

    private final EventStore store;
    private final Redaction redaction;

    CaseSubjectAccess(EventStore store, Redaction redaction) {
        this.store = store;
        this.redaction = redaction;
    }

    @Override
    public boolean knows(String crn) {
        return store.currentVersion(PersonStreams.of(crn).id()) > 0;
    }

    @Override
    public List<HeldRecord> held(SubjectAccessPeriod period) {
        // the person's own contact details are theirs too, though kept in a stream that is never published
        return java.util.stream.Stream.concat(store.readStream(PersonStreams.of(period.crn()).id()).stream(),
                        store.readStream(ContactDetailsResource.stream(period.crn()).id()).stream())
                .filter(event -> period.contains(event.recordedAt())).map(redaction::record).toList();
    }

    @Override
    public ThirdParties thirdParties(String crn) {
        Set<String> people = new HashSet<>(PersonRecord.getEntityManager().createQuery(
                "SELECT concat(p.firstName, ' ', p.lastName) FROM PersonRecord p WHERE p.crn <> :crn", String.class)
                .setParameter("crn", crn).getResultList());
        store.readStream(VictimWork.stream(crn).id()).stream().filter(event -> event.payload().hasNonNull("name"))
                .forEach(event -> people.add(event.payload().get("name").asText()));
        Set<String> own = PersonRecord.<PersonRecord>findByIdOptional(crn)
                .map(p -> Set.copyOf(List.of(p.firstName, p.lastName, p.firstName + " " + p.lastName)))
                .orElse(Set.of());
        return new ThirdParties(people, Set.of(), own);
    }

    @Override
    public List<String> withheld() {
        return List.of("Victims' records (the victim contact scheme, restorative justice) are the victims' own and "
                + "are not included; a victim's name in your record is shown as " + Redaction.THIRD_PARTY + ".");
    }
}
