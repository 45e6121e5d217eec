package org.desist.cases.person;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.desist.cases.person.PersonEvent.PersonRegistered;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.projection.Projection;
import org.desist.eventstore.projection.ReadModelSql;

/**
 * Keeps {@code people}: one row per registered person, with the version of their stream for ETags. Written in SQL, so
 * that a replay writes a page of the log in two batches rather than flushing the session once per event.
 */
@ApplicationScoped
public class PeopleProjection implements Projection {

    private static final String REGISTER = "INSERT INTO people (crn, first_name, last_name, date_of_birth, sex, "
            + "ethnicity, pnc_number, disability, religion_or_belief, sexual_orientation, gender_identity, "
            + "registered_at, registered_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String VERSION = "UPDATE people SET version = ? WHERE crn = ?";

    private final EventCodec codec;
    private final ReadModelSql sql;

    PeopleProjection(EventCodec codec, ReadModelSql sql) {
        this.codec = codec;
        this.sql = sql;
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
                e -> sql.update(REGISTER, row(event, (PersonRegistered) e)),
                () -> sql.update(VERSION, event.version(), event.stream().id()));
    }

    /** The page's registrations, then each person's last version in the page: what applying them one by one leaves. */
    @Override
    public void replay(List<StoredEvent> events) {
        List<Object[]> registered = new ArrayList<>();
        Map<String, Long> versions = new LinkedHashMap<>();
        for (StoredEvent event : events) {
            if (!PersonStreams.TYPE.equals(event.stream().type())) {
                continue;
            }
            codec.decode(event, PersonEvent.class).ifPresentOrElse(
                    e -> registered.add(row(event, (PersonRegistered) e)),
                    () -> versions.put(event.stream().id(), event.version()));
        }
        sql.batch(REGISTER, registered);
        sql.batch(VERSION, versions.entrySet().stream().map(v -> new Object[] {v.getValue(), v.getKey()}).toList());
    }

    private static Object[] row(StoredEvent stored, PersonRegistered event) {
        return new Object[] {event.crn(), event.firstName(), event.lastName(), event.dateOfBirth(), event.sex().name(),
                event.ethnicity().map(Enum::name).orElse(null), event.pncNumber().orElse(null),
                event.equality().disability().orElse(null), event.equality().religionOrBelief().orElse(null),
                event.equality().sexualOrientation().orElse(null), event.equality().genderIdentity().orElse(null),
                OffsetDateTime.ofInstant(stored.recordedAt(), ZoneOffset.UTC), stored.actor().subject(),
                stored.version()};
    }

    @Override
    public void reset() {
        sql.update("DELETE FROM people");
    }
}
