package org.desist.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The services' OpenAPI documents made one, as the gateway serves them: each path under its service's prefix, each
 * operation tagged with its service, and components of the same name kept apart when they differ.
 */
final class OpenApiMerge {

    /** A service's document, or why it is missing. */
    record ServiceDocument(String service, String prefix, JsonNode document, String missing) {

        static ServiceDocument of(String service, String prefix, JsonNode document) {
            return new ServiceDocument(service, prefix, document, null);
        }

        static ServiceDocument missing(String service, String prefix, String why) {
            return new ServiceDocument(service, prefix, null, why);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPONENT_REF = "#/components/";

    private OpenApiMerge() {
    }

    static ObjectNode merge(List<ServiceDocument> services, String title) {
        ObjectNode merged = JSON.createObjectNode();
        merged.put("openapi", "3.1.0");
        ObjectNode info = merged.putObject("info");
        info.put("title", title);
        info.put("version", "1");
        StringBuilder description = new StringBuilder("Every Desist service behind the gateway, gathered from their own documents. ");
        merged.putArray("servers").addObject().put("url", "/").put("description", "the gateway");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ArrayNode tags = merged.putArray("tags");
        ArrayNode unavailable = JSON.createArrayNode();
        for (ServiceDocument service : services) {
            if (service.document() == null) {
                unavailable.add(service.service());
                description.append(service.service()).append(" is missing (").append(service.missing()).append("). ");
                continue;
            }
            ObjectNode document = service.document().deepCopy();
            Map<String, String> renames = componentRenames(components, document, service.service());
            rewriteRefs(document, renames);
            mergeComponents(components, document.path("components"), renames);
            String tag = service.service();
            tags.addObject().put("name", tag).put("description", document.path("info").path("title").asText(tag));
            Iterator<Map.Entry<String, JsonNode>> servicePaths = document.path("paths").fields();
            while (servicePaths.hasNext()) {
                Map.Entry<String, JsonNode> path = servicePaths.next();
                ObjectNode item = (ObjectNode) path.getValue();
                item.fields().forEachRemaining(operation -> {
                    if (operation.getValue() instanceof ObjectNode op && op.has("responses")) {
                        // the service's document-wide security applies to the operation wherever it is listed
                        if (document.has("security") && !op.has("security")) {
                            op.set("security", document.get("security").deepCopy());
                        }
                        ArrayNode opTags = op.withArray("tags");
                        opTags.insert(0, tag);
                        if (op.hasNonNull("operationId")) {
                            op.put("operationId", tag + "." + op.get("operationId").asText());
                        }
                    }
                });
                paths.set(service.prefix() + path.getKey(), item);
            }
        }
        info.put("description", description.toString().trim());
        if (!unavailable.isEmpty()) {
            merged.set("x-desist-unavailable", unavailable);
        }
        return merged;
    }

    /** A component whose name another service already uses for something different gets its service's name in front. */
    private static Map<String, String> componentRenames(ObjectNode merged, JsonNode document, String service) {
        Map<String, String> renames = new HashMap<>();
        document.path("components").fields().forEachRemaining(kind -> kind.getValue().fields().forEachRemaining(entry -> {
            JsonNode existing = merged.path(kind.getKey()).get(entry.getKey());
            // Security requirements name their scheme without a $ref: a scheme keeps its name (the first one stands).
            if (existing != null && !existing.equals(entry.getValue()) && !kind.getKey().equals("securitySchemes")) {
                String ref = COMPONENT_REF + kind.getKey() + "/";
                renames.put(ref + entry.getKey(), ref + safe(service) + "_" + entry.getKey());
            }
        }));
        return renames;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renames.get(ref.asText())));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }

    private static void mergeComponents(ObjectNode merged, JsonNode components, Map<String, String> renames) {
        components.fields().forEachRemaining(kind -> {
            ObjectNode target = merged.with(kind.getKey());
            String ref = COMPONENT_REF + kind.getKey() + "/";
            kind.getValue().fields().forEachRemaining(entry -> {
                String name = renames.getOrDefault(ref + entry.getKey(), ref + entry.getKey()).substring(ref.length());
                if (!target.has(name)) {
                    target.set(name, entry.getValue());
                }
            });
        });
    }

    private static String safe(String service) {
        return service.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
