package org.desist.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service, in the prod profile, has no default key for sealing reporters' identities: without
 * DESIST_DISCLOSURES_KEY it refuses to start, saying so; with it, it starts (002_d7d6c09e19b6ddeb.txt 8.6).
 */
class DisclosureKeyIT {

    private static final String DATABASE = "desist_conduct_key_check";
    private static final String LOCAL_KEY = "bG9jYWwtb25seS1kZXNpc3QtZGlzY2xvc3VyZS1rZXk=";

    @BeforeAll
    static void platform() {
        LocalPlatform.ensureInfrastructure();
        LocalPlatform.ensureDatabase(DATABASE);
    }

    @Test
    void withoutDesistDisclosuresKeyThePackagedServiceRefusesToStartAndSaysWhatToSet() throws Exception {
        Path log = Path.of("target", "disclosure-key-missing.log").toAbsolutePath();
        Process service = start(freePort(), freePort(), Map.of(), log);
        try {
            assertThat(service.waitFor(90, TimeUnit.SECONDS)).as("conduct-service exits; see " + log).isTrue();
            assertThat(service.exitValue()).isNotZero();
            assertThat(Files.readString(log)).contains("set DESIST_DISCLOSURES_KEY");
        } finally {
            service.destroyForcibly();
        }
    }

    @Test
    void withDesistDisclosuresKeyThePackagedServiceStarts() throws Exception {
        int port = freePort();
        Path log = Path.of("target", "disclosure-key-set.log").toAbsolutePath();
        int managementPort = freePort();
        Process service = start(port, managementPort, Map.of("DESIST_DISCLOSURES_KEY", LOCAL_KEY), log);
        try {
            HttpClient http = HttpClient.newHttpClient();
            Instant deadline = Instant.now().plusSeconds(90);
            int status = 0;
            while (status != 200 && service.isAlive() && Instant.now().isBefore(deadline)) {
                try {
                    status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notListeningYet) {
                    Thread.sleep(500);
                }
            }
            assertThat(status).as("conduct-service ready; see " + log).isEqualTo(200);
        } finally {
            service.destroy();
            if (!service.waitFor(15, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    /** The jar as the platform starts it, in the prod profile, with only {@code environment} added. */
    private static Process start(int port, int managementPort, Map<String, String> environment, Path log)
            throws IOException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
        assertThat(jar).as("the packaged service").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        // Health is on the management interface, on a port of its own rather than conduct-service's 9083.
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.datasource.jdbc.url=" + LocalPlatform.jdbcUrl(DATABASE),
                "-Ddesist.eventstore.relay.topic=desist.conduct.events.key-check",
                // the audit key is not what this test is about: the local platform's documented one
                "-Ddesist.eventstore.audit.signing-key=bG9jYWwtb25seS1kZXNpc3QtYXVkaXQtY29uZHVjdCE=",
                "-Ddesist.eventstore.audit.topic=desist.audit.checkpoints.key-check",
                "-jar", jar.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("DESIST_DISCLOSURES_KEY");
        builder.environment().remove("QUARKUS_PROFILE");
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
