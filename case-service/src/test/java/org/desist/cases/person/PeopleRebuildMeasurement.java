package org.desist.cases.person;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.desist.cases.person.PersonEvent.PersonRegistered;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.NewEvent;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.projection.Projections;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: how fast the {@code people} read model rebuilds, measured on demand (bench/README.md). Appends
 * {@code desist.measure.people} events to people's streams in a database of its own (one registration and four other
 * events a person), rebuilds {@code people} and prints events/s. It checks the rebuilt table, never the time.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "desist.measure.people", matches = "\\d+")
@WithTestResource(value = LocalPlatform.class,
        initArgs = @ResourceArg(name = "database", value = "desist_case_people_measure"))
class PeopleRebuildMeasurement {

    private static final CommandMetadata BY = CommandMetadata.by(Actor.system("measurement"));

    @Inject
    EventStore store;

    @Inject
    EventCodec codec;

    @Inject
    Projections projections;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void rebuildPeople() {
        int events = Integer.parseInt(System.getProperty("desist.measure.people"));
        long first = count("SELECT count(*) FROM people");
        long begun = System.nanoTime();
        List<CompletableFuture<Void>> appends = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (long n = first; n < first + events / 5; n++) {
                String crn = String.format("M%06d", n);
                appends.add(CompletableFuture.runAsync(() -> store.append(PersonStreams.of(crn),
                        ExpectedVersion.noStream(), personWithFourMoreEvents(crn), BY), threads));
            }
            appends.forEach(CompletableFuture::join);
        }
        double appendSeconds = (System.nanoTime() - begun) / 1e9;
        String live = count("SELECT count(*) FROM people") + "/" + count("SELECT count(pnc_number) FROM people");

        begun = System.nanoTime();
        long replayed = projections.rebuild("people");
        double seconds = (System.nanoTime() - begun) / 1e9;

        System.out.printf("%n[measure] appended %d events to people's streams in %.1f s; rebuilt people from %d events "
                + "in %.2f s: %,.0f events/s%n%n", events, appendSeconds, replayed, seconds, replayed / seconds);
        assertThat(count("SELECT count(*) FROM people") + "/" + count("SELECT count(pnc_number) FROM people")).isEqualTo(live);
    }

    private List<NewEvent> personWithFourMoreEvents(String crn) {
        List<NewEvent> events = new ArrayList<>();
        events.add(codec.encode(new PersonRegistered(crn, "Alex", "Example", LocalDate.of(1990, 1, 1), Sex.MALE,
                Optional.empty(), Optional.empty(), EqualityMonitoring.NOT_DECLARED, Optional.empty())));
        for (int i = 0; i < 4; i++) {
            events.add(new NewEvent("measurement.person.noted", 1, JsonNodeFactory.instance.objectNode().put("n", i),
                    Instant.now(), Optional.empty()));
        }
        return events;
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement select = connection.createStatement();
                ResultSet row = select.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
