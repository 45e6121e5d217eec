package org.desist.reporting.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The access token reporting-service presents to the services, fetched from Keycloak and kept until near its expiry. */
@ApplicationScoped
public class ServiceToken {

    private record Held(String token, Instant renewAt) {
    }

    private final SubjectAccessConfig.Token config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Optional<Held> held = Optional.empty();

    ServiceToken(SubjectAccessConfig config, ObjectMapper json) {
        this.config = config.token();
        this.json = json;
    }

    public synchronized String bearer() throws IOException, InterruptedException {
        Instant now = Instant.now();
        if (held.isPresent() && now.isBefore(held.get().renewAt())) {
            return held.get().token();
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", config.clientId());
        if (config.clientSecret().isPresent()) {
            form.put("grant_type", "client_credentials");
            form.put("client_secret", config.clientSecret().get());
        } else {
            form.put("grant_type", "password");
            form.put("username", config.username().orElseThrow(() -> new IllegalStateException(
                    "desist.subject-access-requests.token needs a client-secret or a username and password")));
            form.put("password", config.password().orElse(""));
        }
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(config.url()))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the token endpoint answered " + response.statusCode());
        }
        JsonNode token = json.readTree(response.body());
        // Renewed well before it expires, so that no call carries a token that lapses on the way.
        long lifetime = token.path("expires_in").asLong(60);
        held = Optional.of(new Held(token.path("access_token").asText(), now.plusSeconds(Math.max(5, lifetime - 30))));
        return held.get().token();
    }

    /** A token a service refused is not presented again. */
    public synchronized void forget() {
        held = Optional.empty();
    }
}
