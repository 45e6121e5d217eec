package org.desist.conduct.outsidework;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.conduct.access.LimitedAccess;
import org.desist.conduct.access.NamedCase;
import org.desist.conduct.outsidework.OutsideWorkEvent.OutsideWorkDecided;

/**
 * A member of staff's outside work requests and decisions as their reader sees them: an executorship's CRN only to a
 * reader whom the case's limited access lets by ({@code crnWithheld} otherwise).
 */
public record OutsideWorkView(Map<UUID, Request> requests, Map<UUID, OutsideWorkDecided> decisions) {

    public record Request(UUID requestId, String staffId, OutsideWorkEvent.Kind kind, String description,
            Optional<String> crn, Optional<String> crnWithheld) {
    }

    static OutsideWorkView of(OutsideWork work, LimitedAccess access) {
        return new OutsideWorkView(work.requests().values().stream().collect(Collectors.toUnmodifiableMap(
                OutsideWorkEvent.OutsideWorkRequested::requestId, r -> {
                    NamedCase named = access.named(r.crn());
                    return new Request(r.requestId(), r.staffId(), r.kind(), r.description(), named.crn(),
                            named.crnWithheld());
                })), work.decisions());
    }
}
