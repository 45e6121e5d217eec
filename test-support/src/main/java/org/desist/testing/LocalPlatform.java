package org.desist.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * The real PostgreSQL, Kafka broker and Keycloak for every module's tests (no container engine exists here).
 * It reuses what already answers on the local ports; otherwise it runs {@code deploy/local/platform infra}, the
 * same script that starts the platform, and leaves them running for the next test JVM
 * ({@code deploy/local/platform down} stops them). Then it makes sure the test's own database exists.
 *
 * <p>Init argument {@code database}: the database the service under test uses, e.g. {@code desist_case_test}.
 */
public class LocalPlatform implements QuarkusTestResourceLifecycleManager {

    public static final String POSTGRES_HOST = "127.0.0.1";
    public static final int POSTGRES_PORT = 5432;
    public static final String KAFKA = "localhost:9092";
    public static final String KEYCLOAK = "http://localhost:8180";
    /** The owner of the databases, who runs migrations and, in tests, tampers with the log as an insider would. */
    public static final String DB_USER = "desist";
    public static final String DB_PASSWORD = "desist";
    /** The role the services connect as: it may only insert and read the event log. */
    public static final String RUNTIME_USER = "desist_app";

    /** How this test JVM's service connections are named in pg_stat_activity: a test may end its own, no one else's. */
    public static final String APPLICATION_NAME = "desist-test-" + ProcessHandle.current().pid();

    private static final Object LOCK = new Object();
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "desist_test");
    }

    @Override
    public Map<String, String> start() {
        ensureInfrastructure();
        ensureDatabase(database);
        return Map.of("quarkus.datasource.jdbc.url", jdbcUrl(database) + "&ApplicationName=" + APPLICATION_NAME);
    }

    @Override
    public void stop() {
        // Left running on purpose: the next test JVM reuses it; deploy/local/platform down stops it.
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + POSTGRES_HOST + ":" + POSTGRES_PORT + "/" + database + "?reWriteBatchedInserts=true";
    }

    public static void ensureInfrastructure() {
        synchronized (LOCK) {
            if (postgresAnswers() && runtimeRoleAnswers() && kafkaAnswers() && keycloakAnswers()) {
                return;
            }
            Path script = repositoryRoot().resolve("deploy/local/platform");
            System.out.println("[desist tests] starting PostgreSQL, Kafka and Keycloak with " + script + " infra");
            try {
                Process process = new ProcessBuilder(script.toString(), "infra").inheritIO().start();
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new IllegalStateException(script + " infra exited with " + exit
                            + ": see its messages above and the logs under .local/logs");
                }
            } catch (IOException e) {
                throw new IllegalStateException("could not run " + script + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the local platform", e);
            }
        }
    }

    /** Drops the database if it exists (ending its sessions) and creates it empty. */
    public static void recreateDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection admin = DriverManager.getConnection(
                "jdbc:postgresql://" + POSTGRES_HOST + ":" + POSTGRES_PORT + "/postgres", DB_USER, DB_PASSWORD);
                Statement drop = admin.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop database " + database + " as role " + DB_USER + " ("
                    + e.getMessage() + ")", e);
        }
        ensureDatabase(database);
    }

    public static void ensureDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection admin = DriverManager.getConnection(
                "jdbc:postgresql://" + POSTGRES_HOST + ":" + POSTGRES_PORT + "/postgres", DB_USER, DB_PASSWORD);
                PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = admin.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another test JVM
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare database " + database + " as role " + DB_USER
                    + " on " + POSTGRES_HOST + ":" + POSTGRES_PORT + " (" + e.getMessage()
                    + "): run deploy/local/platform infra, which creates the role", e);
        }
    }

    /** A connection as the databases' owner: what a test that plays an insider with database access uses. */
    public static Connection ownerConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), DB_USER, DB_PASSWORD);
    }

    private static boolean runtimeRoleAnswers() {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + POSTGRES_HOST + ":" + POSTGRES_PORT + "/postgres", RUNTIME_USER, DB_PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false; // made by deploy/local/platform infra, which runs next
        }
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isExecutable(dir.resolve("deploy/local/platform"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("deploy/local/platform not found above " + Path.of("").toAbsolutePath()
                + ": run the tests from inside the Desist checkout");
    }

    private static boolean postgresAnswers() {
        return portAnswers(POSTGRES_HOST, POSTGRES_PORT);
    }

    private static boolean kafkaAnswers() {
        return portAnswers("localhost", 9092);
    }

    private static boolean keycloakAnswers() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/desist")).timeout(Duration.ofSeconds(5))
                            .build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean portAnswers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
