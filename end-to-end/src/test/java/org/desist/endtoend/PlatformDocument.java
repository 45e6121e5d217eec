package org.desist.endtoend;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's OpenAPI document as the gateway gathers it, read as the list of operations a caller can make: each
 * with the roles its security requirement names (the services' {@code @RolesAllowed}, which Quarkus writes as the
 * scopes of the operation's requirement) and the body its schema describes.
 */
final class PlatformDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** A well-formed id that names nothing. */
    static final String NO_SUCH_ID = "0190f2a0-0000-7000-8000-000000000000";

    /**
     * An operation: {@code roles} empty with {@code open} false means any signed-in caller; {@code open} means no
     * security requirement at all.
     */
    record Operation(String method, String path, boolean open, Set<String> roles, Optional<JsonNode> body) {

        boolean allows(Set<String> callerRoles) {
            return open || roles.isEmpty() || callerRoles.stream().anyMatch(roles::contains);
        }

        boolean onAPerson() {
            return path.contains("{crn}");
        }

        List<String> parameters() {
            List<String> names = new ArrayList<>();
            Matcher matcher = PARAMETER.matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The path with each parameter as {@code values} gives it, or an id that names nothing. */
        String uri(Function<String, Optional<String>> values) {
            return PARAMETER.matcher(path).replaceAll(m -> Matcher.quoteReplacement(
                    values.apply(m.group(1)).orElse(NO_SUCH_ID)));
        }

        String uri(String crn) {
            return uri(name -> name.equals("crn") ? Optional.of(crn) : Optional.empty());
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private final JsonNode document;
    private final List<Operation> operations;

    private PlatformDocument(JsonNode document) {
        this.document = document;
        this.operations = read(document);
    }

    static PlatformDocument fromGateway() {
        try {
            return new PlatformDocument(JSON.readTree(given().baseUri(RunningPlatform.gateway().url()).when()
                    .get("/openapi").then().statusCode(200).extract().asString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Operation> operations() {
        return operations;
    }

    JsonNode unavailable() {
        return document.path("x-desist-unavailable");
    }

    private static List<Operation> read(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            JsonNode security = operation.path("security");
            Set<String> roles = new TreeSet<>();
            security.forEach(requirement -> requirement.properties().forEach(scheme ->
                    scheme.getValue().forEach(scope -> roles.add(scope.asText()))));
            JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
            operations.add(new Operation(entry.getKey(), path.getKey(), security.isEmpty(), roles,
                    schema.isMissingNode() ? Optional.empty() : Optional.of(schema)));
        }));
        return operations;
    }

    /**
     * A body the schema describes, every free-text field holding {@code text}; dates, ids, numbers and choices
     * well-formed, so that the text is what is judged.
     */
    JsonNode bodyOf(JsonNode schema, String text) {
        return bodyOf(schema, text, 0);
    }

    private JsonNode bodyOf(JsonNode schema, String text, int depth) {
        schema = resolved(schema);
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (typeOf(schema)) {
            case "string" -> switch (schema.path("format").asText("")) {
                case "date" -> NODES.textNode(LocalDate.now().plusDays(10).toString());
                case "date-time" -> NODES.textNode(Instant.now().toString());
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                default -> NODES.textNode(text);
            };
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode().add(bodyOf(schema.path("items"), text, depth + 1));
            default -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").properties().forEach(property ->
                        object.set(property.getKey(), bodyOf(property.getValue(), text, depth + 1)));
                yield object;
            }
        };
    }

    /**
     * For each top-level field of the body, a value of another JSON type than its schema's: an object where a text,
     * number, date, choice or list belongs, a list where an object does.
     */
    Map<String, JsonNode> wronglyTyped(JsonNode schema) {
        JsonNode resolved = resolved(schema);
        Map<String, JsonNode> wrong = new java.util.LinkedHashMap<>();
        resolved.path("properties").properties().forEach(property -> wrong.put(property.getKey(),
                "object".equals(typeOf(resolved(property.getValue()))) && !resolved(property.getValue()).has("enum")
                        ? NODES.arrayNode().add(1) : NODES.objectNode().put("wrong", "type")));
        return wrong;
    }

    private JsonNode resolved(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : document.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            // OpenAPI 3.1 writes an optional field's type as ["string", "null"]
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
        }
        return type.asText("object");
    }
}
