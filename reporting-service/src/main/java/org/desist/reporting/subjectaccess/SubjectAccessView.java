package org.desist.reporting.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.Erasure;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestErased;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestOpened;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.Requester;
import org.desist.reporting.subjectaccess.SubjectAccessRequest.PartStatus;
import org.desist.reporting.subjectaccess.SubjectAccessRequest.Status;

/**
 * A request's progress: which service answered what, whether it is assembled, overdue, or due by law, when it finished,
 * how often the service itself asked its failed parts again, and when its data was erased and why.
 */
public record SubjectAccessView(UUID requestId, String crn, Requester requester, Status status, Instant requestedAt,
        Instant assembleBy, LocalDate respondBy, boolean overdue, Optional<Instant> finishedAt, int automaticRetries,
        Optional<Instant> erasedAt, Optional<Erasure> erased, List<PartView> parts) {

    /**
     * One service's part: its status, the HTTP status it answered, the tries it took, and why it failed if it did
     * (and whether that failure is worth asking again).
     */
    public record PartView(String service, PartStatus status, Optional<Integer> httpStatus, int attempts,
            Optional<String> reason, boolean worthRetrying) {
    }

    /** Everything gathered, as one JSON document: each service's content as it answered it. */
    public record Data(UUID requestId, String crn, Instant requestedAt, Status status, List<PartData> parts) {
    }

    public record PartData(String service, PartStatus status, Optional<Integer> httpStatus, Optional<JsonNode> content) {
    }

    static SubjectAccessView of(SubjectAccessRequest request, Instant now) {
        RequestOpened opened = request.opened().orElseThrow();
        return new SubjectAccessView(opened.requestId(), opened.crn(), opened.requester(), request.status(),
                opened.requestedAt(), opened.assembleBy(), opened.respondBy(), request.overdue(now),
                request.finishedAt(), request.automaticRetries(), request.erased().map(RequestErased::erasedAt),
                request.erased().map(RequestErased::why),
                request.parts().values().stream().map(p -> new PartView(p.service(), p.status(), p.httpStatus(),
                        p.attempts(), p.reason(), p.worthRetrying())).toList());
    }

    /** The request with each part's content as opened from its seal ({@link SubjectAccessRequests#contents}). */
    static Data data(SubjectAccessRequest request, Map<String, JsonNode> contents) {
        RequestOpened opened = request.opened().orElseThrow();
        return new Data(opened.requestId(), opened.crn(), opened.requestedAt(), request.status(),
                request.parts().values().stream().map(part -> new PartData(part.service(), part.status(),
                        part.httpStatus(), Optional.ofNullable(contents.get(part.service())))).toList());
    }
}
