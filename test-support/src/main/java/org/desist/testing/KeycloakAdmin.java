package org.desist.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Keycloak's admin API with the local-only admin credentials of deploy/local/platform: for tests that change the realm
 * (a user's claims, a client of their own, a throwaway realm) and put it back afterwards.
 */
public final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakAdmin() {
    }

    /** GET under {@code /admin/realms}, e.g. {@code /desist/clients?clientId=desist-cli}. */
    public static JsonNode get(String path) {
        return send(request(path).GET());
    }

    public static JsonNode post(String path, JsonNode body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public static JsonNode put(String path, JsonNode body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public static void delete(String path) {
        send(request(path).DELETE());
    }

    /** A token from a realm's token endpoint by password grant, as the response's JSON. */
    public static JsonNode passwordGrant(String realm, String clientId, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(LocalPlatform.KEYCLOAK + "/realms/" + realm
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=" + clientId + "&username="
                        + username + "&password=" + password)));
    }

    private static HttpRequest.Builder request(String path) {
        String admin = passwordGrant("master", "admin-cli", "admin", "admin").get("access_token").asText();
        return HttpRequest.newBuilder(URI.create(LocalPlatform.KEYCLOAK + "/admin/realms" + path))
                .header("Authorization", "Bearer " + admin);
    }

    private static JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer at " + LocalPlatform.KEYCLOAK, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
