package org.desist.reporting.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.shredding.Sealed;

/**
 * A subject access request's life in its own stream (type {@code subject-access-request}), never published: opened,
 * each service's part gathered or given up on, then complete or failed; failed parts retried; its data erased.
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

    /**
     * A service's answer: 200 with its content, 204 (nothing in the period) or 209 (the person is not known there). The
     * content is the person's data, so it is stored only sealed under the request's data key, to be erased by
     * destroying that key. {@code unsealed}: content gathered before sealing (schema version 1), which no key erases.
     */
    @EventType(value = "subject-access.part.gathered", schemaVersion = 2)
    record PartGathered(UUID requestId, String service, int status, Optional<Sealed> content, int attempts,
            Optional<JsonNode> unsealed) implements SubjectAccessEvent {

        public PartGathered {
            content = content == null ? Optional.empty() : content;
            unsealed = unsealed == null ? Optional.empty() : unsealed;
        }

        PartGathered(UUID requestId, String service, int status, Optional<Sealed> content, int attempts) {
            this(requestId, service, status, content, attempts, Optional.empty());
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

    /** Why the gathered data was erased: an auditor asked, or the time it is kept for after it finished had passed. */
    enum Erasure {
        ON_REQUEST,
        RETENTION_ENDED
    }

    /**
     * The gathered data erased, by destroying the request's data key in the same transaction: the request's own record
     * (who asked, when, which parts answered what) stays.
     */
    @EventType("subject-access.request.erased")
    record RequestErased(UUID requestId, Erasure why, Instant erasedAt) implements SubjectAccessEvent {
    }

    @EventType("subject-access.request.completed")
    record RequestCompleted(UUID requestId, Instant completedAt) implements SubjectAccessEvent {
    }

    /** Every part answered, and these gave up: the request cannot be assembled as it stands. */
    @EventType("subject-access.request.failed")
    record RequestFailed(UUID requestId, List<String> failedParts, Instant failedAt) implements SubjectAccessEvent {
    }
}
