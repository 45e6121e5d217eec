package org.desist.cases.person;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.desist.cases.person.PersonEvent.PersonRegistered;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.Decoded;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;

/**
 * Keeps {@code people}: one row per registered person. Written in SQL, so that a replay writes a page of the log in
 * one batch rather than flushing the session once per event.
 */
@ApplicationScoped
public class PeopleProjection implements Projection<PersonEvent> {

    private static final String REGISTER = "INSERT INTO people (crn, first_name, last_name, date_of_birth, sex, "
            + "ethnicity, pnc_number, disability, religion_or_belief, sexual_orientation, gender_identity, "
            + "registered_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final ReadModelSql sql;

    PeopleProjection(ReadModelSql sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public Class<PersonEvent> family() {
        return PersonEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, PersonEvent event) {
        switch (event) {
            case PersonRegistered registered -> sql.update(REGISTER, row(stored, registered));
        }
    }

    /** The page's registrations in one batch. */
    @Override
    public void replay(List<Decoded<PersonEvent>> page) {
        List<Object[]> registered = new ArrayList<>();
        for (Decoded<PersonEvent> decoded : page) {
            switch (decoded.event()) {
                case PersonRegistered registration -> registered.add(row(decoded.stored(), registration));
            }
        }
        sql.batch(REGISTER, registered);
    }

    private static Object[] row(StoredEvent stored, PersonRegistered event) {
        return new Object[] {event.crn(), event.firstName(), event.lastName(), event.dateOfBirth(), event.sex().name(),
                event.ethnicity().map(Enum::name).orElse(null), event.pncNumber().orElse(null),
                event.equality().disability().orElse(null), event.equality().religionOrBelief().orElse(null),
                event.equality().sexualOrientation().orElse(null), event.equality().genderIdentity().orElse(null),
                OffsetDateTime.ofInstant(stored.recordedAt(), ZoneOffset.UTC), stored.actor().subject()};
    }

    @Override
    public void reset() {
        sql.update("DELETE FROM people");
    }
}
