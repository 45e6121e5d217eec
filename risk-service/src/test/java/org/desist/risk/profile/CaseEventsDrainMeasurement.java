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
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: how fast risk-service drains a backlog of case events, and how soon it follows them at a steady rate,
 * measured on demand (bench/README.md). {@link CaseEventsBacklog} publishes {@code desist.measure.drain} events to a
 * topic of its own before the service starts; this waits until every person's last event has been handled and prints
 * events/s. Then it publishes {@code desist.measure.rate} events a second (default 200) for
 * {@code desist.measure.seconds} (default 30) and prints how long each took to show in the person's risk profile. It
 * checks what was kept, never the time.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "desist.measure.drain", matches = "\\d+")
@WithTestResource(CaseEventsBacklog.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseEventsDrainMeasurement {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @Order(1)
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

    @Test
    @Order(2)
    void followAtASteadyRate() throws Exception {
        int rate = Integer.getInteger("desist.measure.rate", 200);
        int seconds = Integer.getInteger("desist.measure.seconds", 30);
        int inFlight = 50; // people whose cases move at once, each at its own stage, an event at a time in order
        Map<String, Deque<long[]>> pending = new ConcurrentHashMap<>();
        List<Long> latencies = new ArrayList<>();
        AtomicBoolean publishing = new AtomicBoolean(true);
        Thread watcher = Thread.ofPlatform().start(() -> watch(pending, latencies, publishing));
        List<String[]> schedule = staggered(rate * seconds / CaseEventsBacklog.EVENTS_A_PERSON, inFlight);
        long begun = System.nanoTime();
        int events = schedule.size();
        try (KafkaProducer<String, String> producer = CaseEventsBacklog.producer(0)) {
            for (int k = 0; k < events; k++) {
                LockSupport.parkNanos(begun + k * 1_000_000_000L / rate - System.nanoTime());
                String[] event = schedule.get(k);
                int version = Integer.parseInt(event[1]);
                if (CaseFacts.KEPT.contains(event[2])) {
                    pending.computeIfAbsent(event[0], c -> new ConcurrentLinkedDeque<>())
                            .add(new long[] {version, System.nanoTime()});
                }
                producer.send(CaseEventsBacklog.record(event[0], version, event[2], event[3]));
            }
        }
        double publishedFor = (System.nanoTime() - begun) / 1e9;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (pending.values().stream().anyMatch(d -> !d.isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        publishing.set(false);
        watcher.join();
        long[] sorted;
        synchronized (latencies) {
            sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        long unseen = pending.values().stream().mapToLong(Deque::size).sum();
        System.out.printf("%n[measure] %d case events at %d/s for %d s (published in %.1f s): %d followed into the "
                        + "risk profile, %d unseen after 60 s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                events, rate, seconds, publishedFor, sorted.length, unseen, percentile(sorted, 0.50),
                percentile(sorted, 0.95), percentile(sorted, 0.99), percentile(sorted, 1.0));

        assertThat(unseen).isZero();
        assertThat(count("SELECT count(*) FROM dead_letters")).isZero();
    }

    /**
     * People's cases interleaved as a caseload's are: each person's events in order, a person starting every
     * {@code 1/inFlight} of a case's length after the one before, so that {@code inFlight} cases are under way at once,
     * each at a different stage. Each entry: CRN, version, type, data.
     */
    private static List<String[]> staggered(int people, int inFlight) {
        int length = CaseEventsBacklog.EVENTS_A_PERSON;
        List<long[]> slots = new ArrayList<>(); // {due, person, version}
        for (int n = 0; n < people; n++) {
            for (int v = 1; v <= length; v++) {
                slots.add(new long[] {(long) n * length + (long) (v - 1) * inFlight, n, v});
            }
        }
        slots.sort(java.util.Comparator.<long[]>comparingLong(slot -> slot[0]).thenComparingLong(slot -> slot[1]));
        Map<Integer, List<String[]>> cases = new HashMap<>();
        List<String[]> schedule = new ArrayList<>();
        for (long[] slot : slots) {
            int n = (int) slot[1];
            String crn = String.format("P%06d", n);
            String[] event = cases.computeIfAbsent(n, i -> CaseEventsBacklog.person(crn, i)).get((int) slot[2] - 1);
            schedule.add(new String[] {crn, Long.toString(slot[2]), event[0], event[1]});
        }
        return schedule;
    }

    /** Every 5 ms: the people with events in flight whose profile has reached them, and how long each took. */
    private void watch(Map<String, Deque<long[]>> pending, List<Long> latencies, AtomicBoolean publishing) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT crn, case_version FROM risk_profiles WHERE crn = ANY(?)")) {
            while (publishing.get()) {
                List<String> waiting = pending.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                        .map(Map.Entry::getKey).toList();
                if (!waiting.isEmpty()) {
                    select.setArray(1, connection.createArrayOf("text", waiting.toArray()));
                    try (ResultSet rows = select.executeQuery()) {
                        long now = System.nanoTime();
                        while (rows.next()) {
                            Deque<long[]> events = pending.get(rows.getString(1));
                            long version = rows.getLong(2);
                            while (!events.isEmpty() && events.peekFirst()[0] <= version) {
                                long sent = events.pollFirst()[1];
                                synchronized (latencies) {
                                    latencies.add(now - sent);
                                }
                            }
                        }
                    }
                }
                Thread.sleep(5);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
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
