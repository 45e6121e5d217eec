package org.desist.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM and by the PostgreSQL server processes of this machine (from /proc, when readable), to
 * tell where an append's cost goes when the machine's cores are the limit.
 */
final class CpuMeter {

    /** Linux's USER_HZ: /proc reports process times in these ticks. */
    private static final long TICK_NANOS = 10_000_000L;

    record Sample(long jvmNanos, long postgresNanos) {

        Sample minus(Sample before) {
            return new Sample(jvmNanos - before.jvmNanos,
                    postgresNanos < 0 || before.postgresNanos < 0 ? -1 : postgresNanos - before.postgresNanos);
        }
    }

    private CpuMeter() {
    }

    static Sample sample() {
        long jvm = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        return new Sample(jvm, postgres());
    }

    /** Summed user and system time of every process named postgres; -1 when /proc cannot tell. */
    private static long postgres() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return -1;
        }
        long ticks = 0;
        try (Stream<Path> entries = Files.list(proc)) {
            for (Path dir : (Iterable<Path>) entries::iterator) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String stat;
                try {
                    stat = Files.readString(dir.resolve("stat"));
                } catch (IOException e) {
                    continue; // gone meanwhile, or not ours to read
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < 0 || !stat.substring(open + 1, close).equals("postgres")) {
                    continue;
                }
                // After "(comm) ": state is field 3; utime and stime are fields 14 and 15.
                String[] fields = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return ticks * TICK_NANOS;
    }
}
