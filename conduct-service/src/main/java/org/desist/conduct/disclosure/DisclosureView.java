package org.desist.conduct.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A disclosure as its recipient reads it, a named reporter's identity opened. */
public record DisclosureView(UUID disclosureId, String summary, String concerns, List<String> implicated,
        Optional<String> reporter, String routedTo, String status, Instant madeAt, String information) {
}
