package org.desist.cases.person;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.cases.person.PersonEvent.PersonRegistered;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.projection.Projection;

/** Keeps {@code people}: one row per registered person, with the version of their stream for ETags. */
@ApplicationScoped
public class PeopleProjection implements Projection {

    private final EventCodec codec;

    PeopleProjection(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public void apply(StoredEvent event) {
        if (!PersonStreams.TYPE.equals(event.stream().type())) {
            return;
        }
        codec.decode(event, PersonEvent.class).ifPresentOrElse(
                e -> register(event, (PersonRegistered) e),
                () -> PersonRecord.update("version = ?1 where crn = ?2", event.version(), event.stream().id()));
    }

    private static void register(StoredEvent stored, PersonRegistered event) {
        PersonRecord row = new PersonRecord();
        row.crn = event.crn();
        row.firstName = event.firstName();
        row.lastName = event.lastName();
        row.dateOfBirth = event.dateOfBirth();
        row.sex = event.sex().name();
        row.ethnicity = event.ethnicity().map(Enum::name).orElse(null);
        row.pncNumber = event.pncNumber().orElse(null);
        row.disability = event.equality().disability().orElse(null);
        row.religionOrBelief = event.equality().religionOrBelief().orElse(null);
        row.sexualOrientation = event.equality().sexualOrientation().orElse(null);
        row.genderIdentity = event.equality().genderIdentity().orElse(null);
        row.registeredAt = stored.recordedAt();
        row.registeredBy = stored.actor().subject();
        row.version = stored.version();
        row.persist();
    }

    @Override
    public void reset() {
        PersonRecord.deleteAll();
    }
}
