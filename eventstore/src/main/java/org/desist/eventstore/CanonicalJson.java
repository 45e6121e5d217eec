package org.desist.eventstore;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One spelling of a JSON value, the same whether it is written from an event record or read back from PostgreSQL's
 * jsonb: object keys sorted, no whitespace, and every number written as its plain decimal value without trailing
 * zeros ({@code 20}, never {@code 2E+1} or {@code 20.0}; {@code 0.1}, never {@code 0.10}). jsonb reorders keys, drops
 * whitespace and keeps numbers by value, so a hash taken over this form at append is the hash taken over what the
 * database gives back (RECIPES.md, "Hashing JSON").
 *
 * <p>Values the log could not give back exactly are refused ({@link UnstorableValue}): text with a NUL character or a
 * lone surrogate, and numbers with more than {@value #MAX_DIGITS} digits or a decimal point further than that from them.
 */
public final class CanonicalJson {

    /** Longer numbers are refused: jsonb caps them, and {@code 1e999999999} written out plainly would fill the heap. */
    public static final int MAX_DIGITS = 1000;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private CanonicalJson() {
    }

    public static String of(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(canonical(node, "payload"));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads JSON with every number exact (no double rounding), as the log holds it. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode canonical(JsonNode node, String path) {
        if (node.isObject()) {
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            for (String name : names) {
                String field = path.equals("payload") ? name : path + "." + name;
                text(name, field);
                result.set(name, canonical(node.get(name), field));
            }
            return result;
        }
        if (node.isArray()) {
            ArrayNode result = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                result.add(canonical(node.get(i), path + "[" + i + "]"));
            }
            return result;
        }
        if (node.isNumber()) {
            return number(node, path);
        }
        if (node.isTextual()) {
            text(node.textValue(), path);
            return TextNode.valueOf(node.textValue());
        }
        return node;
    }

    private static JsonNode number(JsonNode node, String path) {
        BigDecimal value;
        try {
            value = node.decimalValue().stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw new UnstorableValue(path, "a finite number", path + " is " + node.asText() + ", which JSON cannot hold");
        }
        if (value.precision() > MAX_DIGITS || Math.abs((long) value.scale()) > MAX_DIGITS) {
            throw new UnstorableValue(path, "at most " + MAX_DIGITS + " digits",
                    path + " is a number too long to keep: at most " + MAX_DIGITS + " digits either side of the point");
        }
        return value.scale() <= 0 ? BigIntegerNode.valueOf(value.toBigIntegerExact()) : DecimalNode.valueOf(value);
    }

    private static void text(String value, String path) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                throw new UnstorableValue(path, "no NUL character",
                        path + " contains a NUL character (\\u0000), which text cannot hold: remove it");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new UnstorableValue(path, "well-formed Unicode",
                        path + " contains a lone UTF-16 surrogate at character " + i + ", which is not Unicode text");
            }
        }
    }
}
