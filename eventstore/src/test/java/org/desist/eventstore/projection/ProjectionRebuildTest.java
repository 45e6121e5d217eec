package org.desist.eventstore.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.StreamSizes;
import org.desist.eventstore.TestStreams;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class,
        initArgs = @ResourceArg(name = "database", value = "desist_eventstore_projection_test"))
class ProjectionRebuildTest {

    private static final String NAME = "test-stream-sizes";
    private static final int LOG_SIZE = 100_000;
    /** desist.eventstore.rebuild.batch-size's default. */
    private static final int BATCH = 5000;

    @Inject
    EventStore store;

    @Inject
    StreamSizes sizes;

    @Inject
    Projections projections;

    @Inject
    AgroalDataSource dataSource;

    /** A run cut short leaves the projection rebuilding; start-up resumes it in the background: wait for that. */
    @BeforeEach
    void live() throws InterruptedException {
        for (int i = 0; i < 1200 && !projections.isLive(NAME); i++) {
            Thread.sleep(100);
        }
        assertThat(projections.isLive(NAME)).as("live before the test").isTrue();
    }

    @AfterEach
    void replayPlainly() {
        sizes.beforeReplay(page -> {
        });
    }

    @Test
    void appendsDuringARebuildOf100000EventsAllSucceedAndTheRebuiltModelEqualsTheOneBuiltLive() throws Exception {
        atLeastEventsInTheLog(LOG_SIZE);
        // A clean start whatever an earlier run left, then appends kept live, to old streams and new.
        projections.rebuild(NAME);
        List<StreamId> kept = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            kept.add(TestStreams.newStream());
            store.append(kept.get(i), ExpectedVersion.noStream(), TestStreams.events(2), TestStreams.metadata());
            store.append(kept.get(i / 2), ExpectedVersion.any(), TestStreams.events(1), TestStreams.metadata());
        }
        assertThat(sizes.all()).as("built live").isEqualTo(sizes.countedInTheLog());

        AtomicInteger appended = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean rebuilt = new AtomicBoolean();
        AtomicBoolean sawItRebuilding = new AtomicBoolean();
        CountDownLatch lateAppended = new CountDownLatch(1);
        CountDownLatch commitLate = new CountDownLatch(1);
        AtomicReference<Throwable> lateFailure = new AtomicReference<>();
        StreamId late = TestStreams.newStream();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        CountDownLatch writing = new CountDownLatch(20);
        List<StreamId> streams = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            streams.add(TestStreams.newStream());
        }
        Runnable writer = () -> {
            for (int i = 0; !rebuilt.get(); i++) {
                try {
                    store.append(streams.get(i % streams.size()), ExpectedVersion.any(), TestStreams.events(1 + i % 3),
                            TestStreams.metadata());
                    appended.incrementAndGet();
                    if (!projections.isLive(NAME)) {
                        sawItRebuilding.set(true);
                    }
                    writing.countDown();
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                }
            }
        };
        // On the first page replayed: one append that will commit late (RECIPES.md, "out-of-order commits"), and
        // writers that must get through while the rebuild holds its page open.
        AtomicBoolean first = new AtomicBoolean(true);
        sizes.beforeReplay(page -> {
            if (!first.getAndSet(false)) {
                return;
            }
            threads.submit(() -> {
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        store.append(late, ExpectedVersion.noStream(), TestStreams.events(7), TestStreams.metadata());
                        lateAppended.countDown();
                        await(commitLate, 25);
                    });
                } catch (Throwable e) {
                    lateFailure.set(e);
                    lateAppended.countDown();
                }
            });
            await(lateAppended, 20);
            threads.submit(writer);
            threads.submit(writer);
            await(writing, 20);
        });
        Future<Long> rebuild = threads.submit(() -> projections.rebuild(NAME));
        // The late transaction commits once the rebuild's last step waits for it.
        waitForAWaitingAdvisoryLock(20);
        commitLate.countDown();
        long replayed = rebuild.get(120, TimeUnit.SECONDS);
        rebuilt.set(true);
        threads.shutdown();
        assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(lateFailure.get()).isNull();
        assertThat(failed.get()).as("appends refused during the rebuild").isZero();
        assertThat(appended.get()).as("appends made while the rebuild ran").isGreaterThanOrEqualTo(20);
        assertThat(sawItRebuilding.get()).as("the projection said it was being rebuilt").isTrue();
        assertThat(replayed).isGreaterThanOrEqualTo(LOG_SIZE);
        assertThat(projections.isLive(NAME)).isTrue();
        assertThat(sizes.of(late.id())).as("the late commit, applied once").isEqualTo(7);
        assertThat(sizes.all()).as("rebuilt beside appends").isEqualTo(sizes.countedInTheLog());
    }

    @Test
    void aRebuildCutShortLeavesTheProjectionRebuildingAndResumesFromItsCheckpoint() {
        atLeastEventsInTheLog(4 * BATCH);
        AtomicInteger pages = new AtomicInteger();
        sizes.beforeReplay(page -> {
            if (pages.incrementAndGet() == 3) {
                throw new IllegalStateException("the process died here");
            }
        });

        assertThatThrownBy(() -> projections.rebuild(NAME)).hasStackTraceContaining("the process died here");

        assertThat(projections.isLive(NAME)).isFalse();
        assertThat(checkpointReplayed()).as("two pages committed").isEqualTo(2L * BATCH);
        StreamId meanwhile = TestStreams.newStream();
        store.append(meanwhile, ExpectedVersion.noStream(), TestStreams.events(2), TestStreams.metadata());
        assertThat(sizes.of(meanwhile.id())).as("appends skip a projection being rebuilt").isZero();

        AtomicLong replayedOnResume = new AtomicLong();
        sizes.beforeReplay(page -> replayedOnResume.addAndGet(page.size()));
        assertThat(projections.resumeUnfinished()).isEmpty();

        assertThat(projections.isLive(NAME)).isTrue();
        long inTheLog = sizes.countedInTheLog().values().stream().mapToLong(Long::longValue).sum();
        assertThat(replayedOnResume.get()).as("resumed, not started over").isEqualTo(inTheLog - 2L * BATCH);
        assertThat(sizes.of(meanwhile.id())).isEqualTo(2);
        assertThat(sizes.all()).isEqualTo(sizes.countedInTheLog());
    }

    @Test
    void aRebuildAMigrationAsksForRunsBesideStartUpNotBeforeIt() throws Exception {
        atLeastEventsInTheLog(BATCH);
        CountDownLatch replaying = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        sizes.beforeReplay(page -> {
            replaying.countDown();
            await(goOn, 25);
        });
        sql("INSERT INTO projections_pending_rebuild (name) VALUES ('" + NAME + "') ON CONFLICT DO NOTHING");

        projections.resumeAtStartup(null);

        assertThat(replaying.await(30, TimeUnit.SECONDS)).as("the rebuild started in the background").isTrue();
        assertThat(projections.isLive(NAME)).as("reads can tell it is incomplete").isFalse();
        goOn.countDown();
        for (int i = 0; i < 600 && !projections.isLive(NAME); i++) {
            Thread.sleep(100);
        }
        assertThat(projections.isLive(NAME)).isTrue();
        assertThat(sql("SELECT count(*) FROM projections_pending_rebuild")).isZero();
        assertThat(sizes.all()).isEqualTo(sizes.countedInTheLog());
    }

    @Test
    void aReadOfAReadModelBeingRebuiltIs503WithRetryAfterAndAnsweredAgainOnceItIsLive() throws Exception {
        atLeastEventsInTheLog(BATCH);
        StreamId stream = TestStreams.newStream();
        store.append(stream, ExpectedVersion.noStream(), TestStreams.events(3), TestStreams.metadata());
        given().when().get("/test-only/stream-sizes/" + stream.id()).then().statusCode(200).body("events", equalTo(3));
        CountDownLatch replaying = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        sizes.beforeReplay(page -> {
            if (first.getAndSet(false)) {
                replaying.countDown();
                await(goOn, 25);
            }
        });
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        Future<Long> rebuild = threads.submit(() -> projections.rebuild(NAME));
        try {
            assertThat(replaying.await(30, TimeUnit.SECONDS)).isTrue();

            given().when().get("/test-only/stream-sizes/" + stream.id()).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("https://desist.dev/problems/read-model-rebuilding"))
                    .body("detail", equalTo("the test-stream-sizes read model is being rebuilt (0 events replayed); "
                            + "try again in a few seconds"));
            given().when().get("/test-only/edge/segments/unguarded").then().statusCode(200);
        } finally {
            goOn.countDown();
            rebuild.get(120, TimeUnit.SECONDS);
            threads.shutdown();
        }

        given().when().get("/test-only/stream-sizes/" + stream.id()).then().statusCode(200).body("events", equalTo(3));
    }

    private void atLeastEventsInTheLog(int events) {
        long missing = events - sql("SELECT count(*) FROM events");
        if (missing <= 0) {
            return;
        }
        int appends = (int) ((missing + 99) / 100);
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < appends; i++) {
                writers.add(CompletableFuture.runAsync(() -> store.append(TestStreams.newStream(),
                        ExpectedVersion.noStream(), TestStreams.events(100), TestStreams.metadata()), threads));
            }
            writers.forEach(CompletableFuture::join);
        }
    }

    private long checkpointReplayed() {
        return sql("SELECT events_replayed FROM projection_checkpoints WHERE name = '" + NAME + "'");
    }

    private void waitForAWaitingAdvisoryLock(int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 10; i++) {
            if (sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                    + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())") > 0) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private long sql(String sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (!statement.execute()) {
                return statement.getUpdateCount();
            }
            try (ResultSet row = statement.getResultSet()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch, int seconds) {
        try {
            if (!latch.await(seconds, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited " + seconds + " s in vain: something held the test back");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
