package org.desist.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the local Keycloak realm, for the local users of ARCHITECTURE.md (password desist). */
public final class Tokens {

    private record Cached(String token, Instant expires) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    /** A bearer token for the local user, e.g. {@code officer}, {@code auditor}, {@code partner-police}. */
    public static String of(String username) {
        Cached cached = CACHE.get(username);
        if (cached != null && Instant.now().isBefore(cached.expires())) {
            return cached.token();
        }
        JsonNode body = grant(username, "");
        String token = body.get("access_token").asText();
        CACHE.put(username, new Cached(token, Instant.now().plusSeconds(body.get("expires_in").asLong() / 2)));
        return token;
    }

    /** A new access token, never cached: after a test changed the user's attributes (their claims). */
    public static String fresh(String username) {
        CACHE.remove(username);
        return of(username);
    }

    /** The user's OpenID Connect ID token (signed by the same realm, but not an access token): never cached. */
    public static String idToken(String username) {
        return grant(username, "&scope=openid").get("id_token").asText();
    }

    private static JsonNode grant(String username, String extra) {
        String form = "grant_type=password&client_id=desist-cli&username=" + URLEncoder.encode(username,
                StandardCharsets.UTF_8) + "&password=desist" + extra;
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(LocalPlatform.KEYCLOAK + "/realms/desist/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + " ("
                        + response.statusCode() + "): " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer at " + LocalPlatform.KEYCLOAK
                    + ": run deploy/local/platform infra", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
