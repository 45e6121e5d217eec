package org.desist.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Changes a local realm user's attribute (a claim of their tokens, such as the person on probation's {@code crn})
 * through Keycloak's admin API.
 */
public final class KeycloakUsers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakUsers() {
    }

    /** Sets the attribute to one value; answers the value it had, to put back afterwards. */
    public static String setAttribute(String username, String attribute, String value) {
        JsonNode user = KeycloakAdmin.get("/desist/users?exact=true&username=" + username).get(0);
        ObjectNode attributes = user.has("attributes") ? (ObjectNode) user.get("attributes") : JSON.createObjectNode();
        String before = attributes.path(attribute).path(0).asText(null);
        attributes.set(attribute, JSON.createArrayNode().add(value));
        KeycloakAdmin.put("/desist/users/" + user.get("id").asText(), ((ObjectNode) user).set("attributes", attributes));
        Tokens.fresh(username);
        return before;
    }
}
