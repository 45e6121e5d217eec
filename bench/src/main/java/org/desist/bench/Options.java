package org.desist.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The bench's parameters. Each comes from an argument ({@code --events=5000} or {@code --events 5000}), else from a
 * system property ({@code -Dbench.events=5000}), else from its default.
 *
 * @param events          events appended in the measured part of each run (kernel and plain)
 * @param streams         streams written, split disjointly between the writer threads
 * @param threads         writer threads, each with a connection of its own
 * @param eventsPerAppend events in one append (kernel) and rows in one transaction (plain insert)
 * @param warmup          events written through each path before measuring, to warm the JIT and the pools
 * @param database        the PostgreSQL database, dropped and created afresh at the start of every run
 * @param mode            {@code append} (the kernel against a plain insert) or {@code rebuild} (append through the
 *                        kernel with a projection live, then rebuild it beside live appends)
 */
public record Options(int events, int streams, int threads, int eventsPerAppend, int warmup, String database,
        String mode) {

    static final String APPEND = "append";
    static final String REBUILD = "rebuild";

    static final Map<String, String> DEFAULTS;

    static {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("events", "100000");
        defaults.put("streams", "1000");
        defaults.put("threads", "8");
        defaults.put("events-per-append", "10");
        defaults.put("warmup", "5000");
        defaults.put("database", "desist_bench");
        defaults.put("mode", APPEND);
        DEFAULTS = Map.copyOf(defaults);
    }

    public Options {
        positive("events", events);
        positive("streams", streams);
        positive("threads", threads);
        positive("events-per-append", eventsPerAppend);
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be 0 or more, not " + warmup);
        }
        if (streams < threads) {
            throw new IllegalArgumentException("--streams (" + streams + ") must be at least --threads (" + threads
                    + "): each writer thread owns streams of its own");
        }
        if (!mode.equals(APPEND) && !mode.equals(REBUILD)) {
            throw new IllegalArgumentException("--mode must be append or rebuild, not " + mode);
        }
        // The database is dropped at the start of every run: never let a typo point that at a service's data.
        if (!database.matches("[a-z_][a-z0-9_]*") || !database.contains("bench")) {
            throw new IllegalArgumentException("--database must be a plain name containing 'bench' (it is dropped "
                    + "and created afresh on every run), not " + database);
        }
    }

    public static Options parse(String[] args, Properties system) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : DEFAULTS.keySet()) {
            String property = system.getProperty("bench." + key);
            values.put(key, property != null ? property : DEFAULTS.get(key));
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException(usage());
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'\n" + usage());
            }
            String key;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                key = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else {
                key = arg.substring(2);
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + key + " needs a value\n" + usage());
                }
                value = args[++i];
            }
            if (key.equals("batch")) {
                key = "events-per-append";
            }
            if (!DEFAULTS.containsKey(key)) {
                throw new IllegalArgumentException("unknown option --" + key + "\n" + usage());
            }
            values.put(key, value);
        }
        return new Options(number(values, "events"), number(values, "streams"), number(values, "threads"),
                number(values, "events-per-append"), number(values, "warmup"), values.get("database"), values.get("mode"));
    }

    public static String usage() {
        return """
                usage: bench/run [--events N] [--streams N] [--threads N] [--events-per-append N] [--warmup N]
                                 [--database NAME] [--mode append|rebuild]
                  --events             events written through each path, measured (default 100000)
                  --streams            streams, split disjointly between the writer threads (default 1000)
                  --threads            writer threads (default 8)
                  --events-per-append  events per append = rows per plain transaction (default 10; alias --batch)
                  --warmup             events written through each path before measuring (default 5000)
                  --database           database, DROPPED and created afresh each run (default desist_bench)
                  --mode               append: the kernel against a plain insert (default); rebuild: append --events
                                       with a projection live, then rebuild it while appends go on, events/s
                  each option may also be given as a system property, e.g. -Dbench.events=5000""";
    }

    @Override
    public String toString() {
        return events + " events, " + streams + " streams, " + threads + " writer threads, " + eventsPerAppend
                + " events per append, warm-up " + warmup + " events, database " + database + ", mode " + mode;
    }

    private static int number(Map<String, String> values, String key) {
        String value = values.get(key).replace("_", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " must be a whole number, not '" + values.get(key) + "'");
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("--" + name + " must be 1 or more, not " + value);
        }
    }
}
