package org.desist.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The bench's own database on the local PostgreSQL, as the role the services use. Every run drops it and creates it
 * afresh: the kernel's event log refuses DELETE and TRUNCATE, and a fresh database makes runs comparable.
 */
record BenchDatabase(String host, int port, String user, String password, String name) {

    static BenchDatabase fromEnvironment(String name) {
        return new BenchDatabase(env("PGHOST", "127.0.0.1"), Integer.parseInt(env("PGPORT", "5432")),
                env("DESIST_DB_USER", "desist"), env("DESIST_DB_PASSWORD", "desist"), name);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name + "?reWriteBatchedInserts=true";
    }

    void recreate() {
        if (!name.matches("[a-z_][a-z0-9_]*") || !name.contains("bench")) {
            throw new IllegalArgumentException("refusing to drop database " + name);
        }
        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(admin, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop and create database " + name + " as role " + user + " on "
                    + host + ":" + port + " (" + e.getMessage() + "): is PostgreSQL running? "
                    + "deploy/local/platform infra starts it and creates the role", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
