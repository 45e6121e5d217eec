package org.desist.gateway.access;

import java.util.Arrays;
import java.util.List;

/**
 * The operations anyone may call without a token, as the services declare them (the keys that check audit checkpoints,
 * an anonymous disclosure and its receipt): written {@code METHOD /path}, a {@code *} standing for one path segment.
 */
final class PublicOperations {

    private record Pattern(String method, List<String> segments) {

        boolean matches(String method, List<String> path) {
            if (!this.method.equalsIgnoreCase(method) || path.size() != segments.size()) {
                return false;
            }
            for (int i = 0; i < segments.size(); i++) {
                String segment = segments.get(i);
                if (segment.equals("*") ? path.get(i).isEmpty() : !segment.equals(path.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Pattern> patterns;

    PublicOperations(List<String> operations) {
        this.patterns = operations.stream().map(String::strip).filter(o -> !o.isEmpty()).map(operation -> {
            String[] parts = operation.split("\\s+", 2);
            if (parts.length != 2 || !parts[1].startsWith("/")) {
                throw new IllegalArgumentException("a public operation is written METHOD /path: " + operation);
            }
            return new Pattern(parts[0], segments(parts[1]));
        }).toList();
    }

    /** {@code path} as the gateway normalised it (no dot segments, no doubled slashes). */
    boolean contains(String method, String path) {
        List<String> segments = segments(path);
        return patterns.stream().anyMatch(pattern -> pattern.matches(method, segments));
    }

    private static List<String> segments(String path) {
        return Arrays.asList(path.substring(1).split("/", -1));
    }
}
