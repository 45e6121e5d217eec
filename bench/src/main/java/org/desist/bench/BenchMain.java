package org.desist.bench;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point: checks the arguments, drops and creates the bench database afresh (before Quarkus starts, so that
 * the kernel's Flyway migrations run on an empty database), points the datasource at it, then runs {@link Bench}.
 */
@QuarkusMain
public class BenchMain {

    public static void main(String... args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println(Options.usage());
                return;
            }
        }
        Options options;
        try {
            options = Options.parse(args, System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        BenchDatabase database = BenchDatabase.fromEnvironment(options.database());
        database.recreate();
        System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
        // One pooled connection per writer thread, and some to spare.
        int pool = Math.max(24, options.threads() + 4);
        System.setProperty("quarkus.datasource.jdbc.max-size", Integer.toString(pool));
        // The rebuild's projection exists only in that mode (StreamCounts), so that appends alone are measured alike.
        System.setProperty("bench.mode", options.mode());
        Quarkus.run(Bench.class, args);
    }
}
