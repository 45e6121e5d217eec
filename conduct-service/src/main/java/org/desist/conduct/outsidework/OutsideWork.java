package org.desist.conduct.outsidework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.outsidework.OutsideWorkEvent.OutsideWorkDecided;
import org.desist.conduct.outsidework.OutsideWorkEvent.OutsideWorkRequested;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;

/** A member of staff's outside work requests and the decisions on them. */
public record OutsideWork(Map<UUID, OutsideWorkRequested> requests, Map<UUID, OutsideWorkDecided> decisions) {

    public static final Aggregate<OutsideWork, OutsideWorkEvent> AGGREGATE = new Aggregate<>(OutsideWorkEvent.class,
            new OutsideWork(Map.of(), Map.of()), OutsideWork::evolve);

    static OutsideWork evolve(OutsideWork state, OutsideWorkEvent event) {
        Map<UUID, OutsideWorkRequested> requests = new LinkedHashMap<>(state.requests());
        Map<UUID, OutsideWorkDecided> decisions = new LinkedHashMap<>(state.decisions());
        switch (event) {
            case OutsideWorkRequested r -> requests.put(r.requestId(), r);
            case OutsideWorkDecided d -> decisions.put(d.requestId(), d);
        }
        return new OutsideWork(Map.copyOf(requests), Map.copyOf(decisions));
    }

    /** This state beside another's: requests and decisions in the staff stream and in the private one. */
    OutsideWork and(OutsideWork other) {
        Map<UUID, OutsideWorkRequested> requests = new LinkedHashMap<>(this.requests);
        requests.putAll(other.requests);
        Map<UUID, OutsideWorkDecided> decisions = new LinkedHashMap<>(this.decisions);
        decisions.putAll(other.decisions);
        return new OutsideWork(Map.copyOf(requests), Map.copyOf(decisions));
    }

    /** 002_d7d6c09e19b6ddeb.txt 7.3: acting as executor is for a named service user's estate, with prior consent. */
    static List<OutsideWorkEvent> request(UUID requestId, String staffId, OutsideWorkEvent.Kind kind, String description,
            Optional<String> crn) {
        if (kind == OutsideWorkEvent.Kind.EXECUTORSHIP && crn.isEmpty()) {
            throw new InvalidField("crn", "required for an executorship", "name the service user whose estate it is",
                    "002_d7d6c09e19b6ddeb.txt 7.3");
        }
        return List.of(new OutsideWorkRequested(requestId, staffId, kind, description.strip(), crn));
    }

    List<OutsideWorkEvent> decide(UUID requestId, OutsideWorkEvent.Decision decision, String conditions, String rationale) {
        OutsideWorkRequested request = Optional.ofNullable(requests.get(requestId))
                .orElseThrow(() -> new NotFound("no outside work request " + requestId));
        if (decisions.containsKey(requestId)) {
            throw new RuleViolated("outside-work-already-decided", "request " + requestId + " already has its decision",
                    "002_d7d6c09e19b6ddeb.txt 4.8");
        }
        return List.of(new OutsideWorkDecided(requestId, request.staffId(), decision, conditions, rationale));
    }
}
