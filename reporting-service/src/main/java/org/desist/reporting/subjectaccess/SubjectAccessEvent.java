package org.desist.reporting.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;

/**
 * A subject access request's life in its own stream (type {@code subject-access-request}), never published: opened,
 * each service's part gathered or given up on, then complete or failed.
 */
public sealed interface SubjectAccessEvent {

    /** Who asked: the person themself, or an auditor on their behalf. */
    enum Requester {
        PERSON,
        AUDITOR_ON_BEHALF
    }

    /**
     * {@code assembleBy} is the service's own target for gathering the parts; {@code respondBy} the legal limit (UK GDPR
     * art. 12(3): without undue delay and within one month of receipt).
     */
    @EventType("subject-access.request.opened")
    record RequestOpened(UUID requestId, String crn, Requester requester, List<String> parts, Instant requestedAt,
            Instant assembleBy, LocalDate respondBy) implements SubjectAccessEvent {
    }

    /** A service's answer: 200 with its content, 204 (nothing in the period) or 209 (the person is not known there). */
    @EventType("subject-access.part.gathered")
    record PartGathered(UUID requestId, String service, int status, Optional<JsonNode> content, int attempts)
            implements SubjectAccessEvent {

        public PartGathered {
            content = content == null ? Optional.empty() : content;
        }
    }

    /**
     * A service that did not answer usefully after every try (timeouts, errors, refusals); {@code worthRetrying} when
     * it timed out, could not be reached or was unavailable, rather than refused (absent in early events: false).
     */
    @EventType("subject-access.part.failed")
    record PartFailed(UUID requestId, String service, String reason, int attempts, boolean worthRetrying)
            implements SubjectAccessEvent {
    }

    /**
     * The parts that failed, asked for again: by the auditor or the person ({@code automatic} false), or by the service
     * itself after a back-off, when every failure was worth retrying.
     */
    @EventType("subject-access.parts.retried")
    record PartsRetried(UUID requestId, List<String> parts, Instant retriedAt, boolean automatic)
            implements SubjectAccessEvent {
    }

    @EventType("subject-access.request.completed")
    record RequestCompleted(UUID requestId, Instant completedAt) implements SubjectAccessEvent {
    }

    /** Every part answered, and these gave up: the request cannot be assembled as it stands. */
    @EventType("subject-access.request.failed")
    record RequestFailed(UUID requestId, List<String> failedParts, Instant failedAt) implements SubjectAccessEvent {
    }
}
