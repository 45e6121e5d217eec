package org.desist.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Changes a local realm user's attribute (a claim of their tokens, such as the person on probation's {@code crn})
 * through Keycloak's admin API, with the local-only admin credentials of deploy/local/platform.
 */
public final class KeycloakUsers {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakUsers() {
    }

    /** Sets the attribute to one value; answers the value it had, to put back afterwards. */
    public static String setAttribute(String username, String attribute, String value) {
        String admin = send(HttpRequest.newBuilder(URI.create(LocalPlatform.KEYCLOAK
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")))
                .get("access_token").asText();
        JsonNode user = send(HttpRequest.newBuilder(URI.create(LocalPlatform.KEYCLOAK
                + "/admin/realms/desist/users?exact=true&username=" + username)).header("Authorization", "Bearer " + admin)
                .GET()).get(0);
        ObjectNode attributes = user.has("attributes") ? (ObjectNode) user.get("attributes") : JSON.createObjectNode();
        String before = attributes.path(attribute).path(0).asText(null);
        ArrayNode values = JSON.createArrayNode().add(value);
        attributes.set(attribute, values);
        ObjectNode update = ((ObjectNode) user).set("attributes", attributes);
        send(HttpRequest.newBuilder(URI.create(LocalPlatform.KEYCLOAK + "/admin/realms/desist/users/"
                        + user.get("id").asText())).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(update.toString())));
        Tokens.fresh(username);
        return before;
    }

    private static JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Keycloak's admin API answered " + response.statusCode() + ": "
                        + response.body());
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
