package org.desist.risk.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: how fast risk-service drains a backlog of case events, measured on demand (bench/README.md).
 * {@link CaseEventsBacklog} publishes {@code desist.measure.drain} events to a topic of its own before the service
 * starts; this waits until every person's last event has been handled and prints events/s. It checks what was kept,
 * never the time.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "desist.measure.drain", matches = "\\d+")
@WithTestResource(CaseEventsBacklog.class)
class CaseEventsDrainMeasurement {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void drainTheBacklog() throws InterruptedException {
        int people = Integer.parseInt(System.getProperty("desist.measure.drain")) / CaseEventsBacklog.EVENTS_A_PERSON;
        long events = (long) people * CaseEventsBacklog.EVENTS_A_PERSON;
        long begun = System.nanoTime();
        long first = count("SELECT count(*) FROM risk_profiles WHERE case_version = " + CaseEventsBacklog.EVENTS_A_PERSON);
        long deadline = begun + Duration.ofMinutes(9).toNanos();
        long done = first;
        while (done < people && System.nanoTime() < deadline) {
            Thread.sleep(100);
            done = count("SELECT count(*) FROM risk_profiles WHERE case_version = " + CaseEventsBacklog.EVENTS_A_PERSON);
        }
        double waited = (System.nanoTime() - begun) / 1e9;
        double spanned = seconds("SELECT extract(epoch FROM max(consumed_at) - min(consumed_at)) FROM consumed_events");
        System.out.printf("%n[measure] %d case events for %d people: all handled %.1f s after the service was up "
                        + "(%d people already done then); first to last handled in %.1f s: %,.0f events/s%n"
                        + "[measure] kept: %d consumed records, %d events appended (%d tier calculations, %d OGRS3 "
                        + "scores), %d dead letters%n%n",
                events, people, waited, first, spanned, events / spanned, count("SELECT count(*) FROM consumed_events"),
                count("SELECT count(*) FROM events"),
                count("SELECT count(*) FROM events WHERE type = 'tier.calculation.changed'"),
                count("SELECT count(*) FROM events WHERE type = 'risk-assessment.scores.determined'"),
                count("SELECT count(*) FROM dead_letters"));

        assertThat(done).as("people whose last event was handled").isEqualTo(people);
        assertThat(count("SELECT count(*) FROM dead_letters")).isZero();
        assertThat(count("SELECT count(*) FROM risk_profiles WHERE registered_at IS NOT NULL AND team IS NOT NULL"))
                .isEqualTo(people);
        assertThat(count("SELECT count(*) FROM risk_contact_outcomes")).isEqualTo(people * 6L);
        assertThat(count("SELECT count(*) FROM risk_contact_outcomes WHERE outcome = 'FAILED_TO_ATTEND'")).isEqualTo(people);
        assertThat(count("SELECT count(*) FROM risk_convictions")).isEqualTo((people + 4) / 5);
        assertThat(count("SELECT count(DISTINCT stream_id) FROM events WHERE type = 'risk-assessment.scores.determined'"))
                .isEqualTo(people);
    }

    private long count(String sql) {
        return (long) seconds(sql);
    }

    private double seconds(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement select = connection.createStatement();
                ResultSet row = select.executeQuery(sql)) {
            row.next();
            return row.getDouble(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
