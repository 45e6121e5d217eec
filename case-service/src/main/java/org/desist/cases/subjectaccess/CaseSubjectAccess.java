package org.desist.cases.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.desist.cases.person.PersonStreams;
import org.desist.cases.contactdetails.ContactDetailsResource;
import org.desist.cases.victim.VictimWork;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.subjectaccess.HeldRecord;
import org.desist.eventstore.subjectaccess.Redaction;
import org.desist.eventstore.subjectaccess.SubjectAccessPeriod;
import org.desist.eventstore.subjectaccess.SubjectAccessSource;

/**
 * case-service's part of a subject access request: the person's own stream, event by event. Victims' records are
 * theirs, never the person's: the victim stream is not included, and victims' names are replaced wherever the
 * person's own record mentions them.
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
        List<String> victims = store.readStream(VictimWork.stream(period.crn()).id()).stream()
                .filter(event -> event.payload().hasNonNull("name")).map(event -> event.payload().get("name").asText())
                .toList();
        // the person's own contact details are theirs too, though kept in a stream that is never published
        return java.util.stream.Stream.concat(store.readStream(PersonStreams.of(period.crn()).id()).stream(),
                        store.readStream(ContactDetailsResource.stream(period.crn()).id()).stream())
                .filter(event -> period.contains(event.recordedAt()))
                .map(event -> redaction.record(event, Redaction.names(event.payload(), victims))).toList();
    }

    @Override
    public List<String> withheld() {
        return List.of("Victims' records (the victim contact scheme, restorative justice) are the victims' own and "
                + "are not included; a victim's name in your record is shown as " + Redaction.THIRD_PARTY + ".");
    }
}
