package org.desist.eventstore.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;

/**
 * The common upcast: fields renamed, and new fields given the value every older event implicitly had. A service's
 * upcaster extends it with its type, version and the two maps.
 */
public abstract class RenamingUpcaster implements Upcaster {

    private final String type;
    private final int fromVersion;
    private final Map<String, String> renamed;
    private final Map<String, String> added;

    protected RenamingUpcaster(String type, int fromVersion, Map<String, String> renamed, Map<String, String> added) {
        this.type = type;
        this.fromVersion = fromVersion;
        this.renamed = Map.copyOf(renamed);
        this.added = Map.copyOf(added);
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public int fromVersion() {
        return fromVersion;
    }

    @Override
    public ObjectNode upcast(ObjectNode payload) {
        renamed.forEach((from, to) -> {
            if (payload.has(from)) {
                payload.set(to, payload.remove(from));
            }
        });
        added.forEach((field, value) -> payload.set(field, TextNode.valueOf(value)));
        return payload;
    }
}
