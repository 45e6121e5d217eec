package org.desist.bench;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.audit.AuditTree;
import org.desist.eventstore.projection.Projections;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appends N events through the kernel, then inserts the same rows with a plain batched JDBC insert (the floor
 * PostgreSQL itself sets), with the same writer threads and rows per transaction; prints events/s for both, their
 * ratio, and the p50/p99 latency of one append (one transaction). Results on stdout, progress on stderr.
 */
public class Bench implements QuarkusApplication {

    @Inject
    EventStore store;

    @Inject
    AuditTree auditTree;

    @Inject
    Projections projections;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    record Result(String label, long events, long appends, long nanos, Histogram latencies, CpuMeter.Sample cpu) {

        double eventsPerSecond() {
            return events * 1e9 / nanos;
        }

        double appendsPerSecond() {
            return appends * 1e9 / nanos;
        }

        String row() {
            return String.format(Locale.ROOT, "  %-28s %10s %10s %8.2f %8.2f %8.2f %8.1f %9s %9s", label,
                    grouped(eventsPerSecond()), grouped(appendsPerSecond()), millis(latencies.getValueAtPercentile(50)),
                    millis(latencies.getValueAtPercentile(99)), millis(latencies.getMaxValue()), nanos / 1e9,
                    perEvent(cpu.jvmNanos()), perEvent(cpu.postgresNanos()));
        }

        /** CPU microseconds per event, or n/a. */
        private String perEvent(long cpuNanos) {
            return cpuNanos < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", cpuNanos / 1e3 / events);
        }
    }

    @Override
    public int run(String... args) throws Exception {
        Options options = Options.parse(args, System.getProperties());
        if (options.mode().equals(Options.REBUILD)) {
            return rebuild(options);
        }
        createPlainTable();
        double loadBefore = load();
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

        List<Lane<?>> kernel = new ArrayList<>();
        List<Lane<?>> plain = new ArrayList<>();
        try {
            for (int t = 0; t < options.threads(); t++) {
                kernel.add(new KernelLane(store, Lane.streamsOf("k-", t, options.threads(), options.streams())));
                plain.add(new PlainLane(url, user, password,
                        Lane.streamsOf("p-", t, options.threads(), options.streams())));
            }
            if (options.warmup() > 0) {
                progress("warming up: %d events through each path", options.warmup());
                phase("kernel warm-up", options.warmup(), options, kernel, false);
                phase("plain warm-up", options.warmup(), options, plain, false);
            }
            Result k = phase("kernel EventStore.append", options.events(), options, kernel, true);
            Result p = phase("plain JDBC batch insert", options.events(), options, plain, true);
            check(options.warmup() + (long) options.events());
            report(options, started, loadBefore, k, p);
            auditTreeKeepsUp(k);
        } finally {
            for (Lane<?> lane : plain) {
                lane.close();
            }
        }
        return 0;
    }

    /**
     * Whether the audit tree keeps up with appends: every event the kernel appended becomes a leaf of the Merkle tree
     * (the service does this in the background, one batch at a time); printed as leaves/s beside the append rate.
     */
    private void auditTreeKeepsUp(Result kernel) {
        progress("audit tree: adding every appended event as a leaf");
        long started = System.nanoTime();
        long leaves = auditTree.catchUp();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "  audit tree (Merkle leaves)   %10s leaves/s (%d leaves in %.1f s; kernel appended %s events/s)%n",
                grouped(leaves / seconds), leaves, seconds, grouped(kernel.eventsPerSecond()));
    }

    /**
     * Appends the events through the kernel with {@link StreamCounts} live, then rebuilds it while one writer keeps
     * appending; prints the rebuild's events/s and what the appends met meanwhile, and checks the rebuilt read model
     * against the log.
     */
    private int rebuild(Options options) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + StreamCounts.TABLE + " (stream_id TEXT PRIMARY KEY, events BIGINT NOT NULL)");
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + StreamCounts.TABLE + " TO PUBLIC");
        }
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        double loadBefore = load();
        List<Lane<?>> kernel = new ArrayList<>();
        for (int t = 0; t < options.threads(); t++) {
            kernel.add(new KernelLane(store, Lane.streamsOf("k-", t, options.threads(), options.streams())));
        }
        Result appended = phase("kernel append, projection live", options.events(), options, kernel, true);
        countsAgreeWithTheLog("built live");
        // As a long-lived log would have: statistics, whatever autovacuum has or has not done during the run.
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE events");
        }
        if (options.warmup() > 0) {
            long begun = System.nanoTime();
            long replayed = projections.rebuild(StreamCounts.NAME);
            progress("warm-up rebuild (JIT cold, nothing appended beside it): %s events/s",
                    grouped(replayed * 1e9 / (System.nanoTime() - begun)));
        }

        // One writer appends beside the rebuild, to streams of its own, until the rebuild is done.
        KernelLane beside = new KernelLane(store, Lane.streamsOf("beside-", 0, 1, 10));
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong besideEvents = new AtomicLong();
        AtomicReference<Throwable> besideFailure = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().name("bench-beside-rebuild").start(() -> {
            try {
                for (long next = 0; !done.get(); next += options.eventsPerAppend()) {
                    beside.appendNext(next, options.eventsPerAppend());
                    besideEvents.addAndGet(options.eventsPerAppend());
                }
            } catch (Throwable e) {
                besideFailure.set(e);
            }
        });
        progress("rebuilding %s beside one appending writer", StreamCounts.NAME);
        CpuMeter.Sample cpuBefore = CpuMeter.sample();
        long begun = System.nanoTime();
        long replayed = projections.rebuild(StreamCounts.NAME);
        long nanos = System.nanoTime() - begun;
        CpuMeter.Sample cpu = CpuMeter.sample().minus(cpuBefore);
        done.set(true);
        writer.join();
        if (besideFailure.get() != null) {
            throw new IllegalStateException("an append beside the rebuild failed: " + besideFailure.get(),
                    besideFailure.get());
        }
        countsAgreeWithTheLog("rebuilt");
        Histogram latencies = beside.latencies;
        System.out.printf(Locale.ROOT, "%nDesist projection rebuild bench, %s%n  %s%n  JDK %s, %d cores, load average "
                + "%.2f before, %.2f after; rebuild batch %s events%n%n", started, options,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadBefore, load(),
                org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getOptionalValue("desist.eventstore.rebuild.batch-size", String.class).orElse("5000"));
        System.out.printf(Locale.ROOT, "  %-40s %10s events/s (%d events in %.2f s)%n", "appends, projection live",
                grouped(appended.eventsPerSecond()), appended.events(), appended.nanos() / 1e9);
        System.out.printf(Locale.ROOT, "  %-40s %10s events/s (%d events in %.2f s; JVM %s, PG %s µs CPU/event)%n",
                "rebuild of " + StreamCounts.NAME, grouped(replayed * 1e9 / nanos), replayed, nanos / 1e9,
                perEvent(cpu.jvmNanos(), replayed), perEvent(cpu.postgresNanos(), replayed));
        System.out.printf(Locale.ROOT, "  %-40s %10d appends (%d events), none refused; p50 %.2f ms, p99 %.2f ms, "
                + "max %.2f ms%n", "appends beside the rebuild", latencies.getTotalCount(), besideEvents.get(),
                millis(latencies.getValueAtPercentile(50)), millis(latencies.getValueAtPercentile(99)),
                millis(latencies.getMaxValue()));
        System.out.println("  the rebuilt read model equals the log's own count per stream");
        return 0;
    }

    private static String perEvent(long cpuNanos, long events) {
        return cpuNanos < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", cpuNanos / 1e3 / events);
    }

    /** The read model holds, for every stream, as many events as the log. */
    private void countsAgreeWithTheLog(String what) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM (SELECT stream_id, count(*) AS events "
                        + "FROM events GROUP BY stream_id) log FULL JOIN " + StreamCounts.TABLE + " model USING "
                        + "(stream_id) WHERE log.events IS DISTINCT FROM model.events")) {
            row.next();
            if (row.getLong(1) != 0) {
                throw new IllegalStateException(what + ": " + row.getLong(1) + " streams' counts differ from the log");
            }
            progress("%s: every stream's count agrees with the log", what);
        }
    }

    /** The plain insert's table: the events table's columns, defaults, checks and indexes, without its triggers. */
    private void createPlainTable() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SEQUENCE " + PlainLane.TABLE + "_position_seq");
            statement.execute("CREATE TABLE " + PlainLane.TABLE
                    + " (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)");
            statement.execute("ALTER TABLE " + PlainLane.TABLE + " ALTER COLUMN position SET DEFAULT nextval('"
                    + PlainLane.TABLE + "_position_seq')");
        }
    }

    private Result phase(String label, int events, Options options, List<Lane<?>> lanes, boolean measured)
            throws Exception {
        int perAppend = options.eventsPerAppend();
        AtomicLong claimed = new AtomicLong();
        AtomicLong written = new AtomicLong();
        AtomicLong appends = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(lanes.size());
        CountDownLatch go = new CountDownLatch(1);
        long[] startedAt = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < lanes.size(); t++) {
            Lane<?> lane = lanes.get(t);
            lane.latencies.reset();
            threads.add(Thread.ofPlatform().name("bench-writer-" + t).start(() -> {
                ready.countDown();
                try {
                    go.await();
                    while (failure.get() == null) {
                        long first = claimed.getAndAdd(perAppend);
                        if (first >= events) {
                            break;
                        }
                        int count = (int) Math.min(perAppend, events - first);
                        lane.appendNext(first, count);
                        appends.incrementAndGet();
                        long done = written.addAndGet(count);
                        if (measured && done * 10 / events > (done - count) * 10 / events) {
                            double seconds = (System.nanoTime() - startedAt[0]) / 1e9;
                            progress("%s: %3d%% (%d/%d events, %s events/s so far)", label, done * 100 / events, done,
                                    events, grouped(done / seconds));
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        ready.await();
        CpuMeter.Sample cpuBefore = CpuMeter.sample();
        startedAt[0] = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long nanos = System.nanoTime() - startedAt[0];
        CpuMeter.Sample cpu = CpuMeter.sample().minus(cpuBefore);
        if (failure.get() != null) {
            throw new IllegalStateException(label + " failed: " + failure.get(), failure.get());
        }
        Histogram all = new Histogram(3);
        for (Lane<?> lane : lanes) {
            all.add(lane.latencies);
        }
        return new Result(label, written.get(), appends.get(), nanos, all, cpu);
    }

    /** Both paths really wrote every event: the kernel's log, its stream heads, and the plain table. */
    private void check(long expected) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT (SELECT count(*) FROM events), "
                        + "(SELECT coalesce(sum(version), 0) FROM event_streams), (SELECT count(*) FROM "
                        + PlainLane.TABLE + ")")) {
            row.next();
            long events = row.getLong(1);
            long heads = row.getLong(2);
            long plain = row.getLong(3);
            if (events != expected || heads != expected || plain != expected) {
                throw new IllegalStateException("expected " + expected + " events in each path, found " + events
                        + " in events, " + heads + " by the stream heads, " + plain + " in " + PlainLane.TABLE);
            }
            progress("checked: %d rows in events (stream heads agree) and in %s", expected, PlainLane.TABLE);
        }
    }

    private void report(Options options, String started, double loadBefore, Result kernel, Result plain)
            throws SQLException {
        String server;
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_setting('server_version'), "
                        + "current_setting('fsync'), current_setting('synchronous_commit'), "
                        + "current_setting('wal_sync_method')")) {
            row.next();
            server = "PostgreSQL " + row.getString(1) + " (fsync=" + row.getString(2) + ", synchronous_commit="
                    + row.getString(3) + ", wal_sync_method=" + row.getString(4) + ")";
        }
        StringBuilder out = new StringBuilder();
        out.append("\nDesist event store bench, ").append(started).append('\n');
        out.append("  ").append(options).append('\n');
        out.append("  ").append(server).append('\n');
        out.append(String.format(Locale.ROOT, "  JDK %s (%s), %d cores, load average %.2f before, %.2f after%n",
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                Runtime.getRuntime().availableProcessors(), loadBefore, load()));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "  %-28s %10s %10s %8s %8s %8s %8s %9s %9s%n", "path", "events/s",
                "appends/s", "p50 ms", "p99 ms", "max ms", "seconds", "JVM µs/ev", "PG µs/ev"));
        out.append(kernel.row()).append('\n');
        out.append(plain.row()).append('\n');
        out.append(String.format(Locale.ROOT, "  %-28s %10.2f%n", "ratio kernel / plain",
                kernel.eventsPerSecond() / plain.eventsPerSecond()));
        out.append("  (an append = one transaction of ").append(options.eventsPerAppend())
                .append(" events; latency = one append, commit included;\n")
                .append("   JVM/PG µs/ev = CPU time of this JVM / of all postgres processes per event written)\n");
        System.out.print(out);
        System.out.flush();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void progress(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }

    static String grouped(double value) {
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }
}
