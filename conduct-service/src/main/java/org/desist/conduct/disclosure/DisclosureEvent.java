package org.desist.conduct.disclosure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;

/**
 * Protected disclosures (002_d7d6c09e19b6ddeb.txt 8.6; 001: anonymous channels, escalation beyond an implicated
 * supervisor). Each disclosure is a stream of its own, of a type never published.
 */
public sealed interface DisclosureEvent {

    /**
     * {@code reporter} is the named reporter's identity sealed by {@link ReporterIdentity}, empty when anonymous;
     * {@code routedTo} skips anyone implicated in the normal route.
     */
    @EventType("conduct.disclosure.made")
    record DisclosureMade(UUID disclosureId, String summary, String concerns, List<String> implicated,
            Optional<String> reporter, String receiptHash, String routedTo) implements DisclosureEvent {

        public DisclosureMade {
            reporter = reporter == null ? Optional.empty() : reporter;
        }
    }

    /** The reporter, by receipt code, adds to what they said, without revealing themselves. */
    @EventType("conduct.disclosure.information-added")
    record InformationAdded(UUID disclosureId, String information) implements DisclosureEvent {
    }

    /** The disclosure officer moves the disclosure on; the reporter follows the status by their receipt code. */
    @EventType("conduct.disclosure.status-changed")
    record DisclosureStatusChanged(UUID disclosureId, Status status, String rationale)
            implements DisclosureEvent, Judgement {
    }

    enum Status {
        RECEIVED,
        UNDER_INVESTIGATION,
        ESCALATED,
        CLOSED
    }
}
