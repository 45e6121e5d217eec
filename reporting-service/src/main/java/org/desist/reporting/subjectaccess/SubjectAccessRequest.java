package org.desist.reporting.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.RuleViolated;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.PartFailed;
import org.desist.eventstore.shredding.DataErased;
import org.desist.eventstore.shredding.Sealed;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.Erasure;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.PartGathered;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.PartsRetried;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestCompleted;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestErased;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestFailed;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestOpened;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.Requester;

/**
 * A subject access request: which services' parts it needs, which have answered, whether it is assembled, when it
 * finished, how often the service itself has asked its failed parts again, and whether its data was erased. The parts'
 * content is held sealed: it is opened only to be read (see {@link SubjectAccessRequests#contents}).
 */
public record SubjectAccessRequest(Optional<RequestOpened> opened, Map<String, Part> parts, Status status,
        Optional<Instant> finishedAt, int automaticRetries, Optional<RequestErased> erased) {

    public static final String STREAM_TYPE = "subject-access-request";
    static final String GDPR = "UK GDPR art. 12(3), 15";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final SubjectAccessRequest NONE = new SubjectAccessRequest(Optional.empty(), Map.of(), Status.PENDING,
            Optional.empty(), 0, Optional.empty());
    public static final Aggregate<SubjectAccessRequest, SubjectAccessEvent> AGGREGATE = new Aggregate<>(
            SubjectAccessEvent.class, NONE, SubjectAccessRequest::evolve);

    public enum Status {
        PENDING,
        COMPLETE,
        FAILED
    }

    /** How a service's part stands. */
    public enum PartStatus {
        PENDING,
        ANSWERED,
        NOTHING_HELD,
        NOT_KNOWN,
        FAILED
    }

    /**
     * {@code httpStatus} as the service answered (200, 204, 209), its content sealed (or, gathered before sealing,
     * {@code unsealed}); a failure's reason and whether it is worth retrying.
     */
    public record Part(String service, PartStatus status, Optional<Integer> httpStatus, Optional<Sealed> content,
            Optional<JsonNode> unsealed, Optional<String> reason, int attempts, boolean worthRetrying) {

        static Part pending(String service) {
            return new Part(service, PartStatus.PENDING, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), 0, false);
        }
    }

    /** When the service asks failed parts again by itself: after {@code after}, doubling each time, at most {@code most} times. */
    public record AutomaticRetries(Duration after, int most) {
    }

    public static StreamId stream(UUID requestId) {
        return StreamId.of(STREAM_TYPE, requestId.toString());
    }

    /** The data key the request's gathered content is sealed under: one per request, destroyed to erase it. */
    public static String dataKey(UUID requestId) {
        return STREAM_TYPE + "/" + requestId;
    }

    static SubjectAccessRequest evolve(SubjectAccessRequest s, SubjectAccessEvent event) {
        return switch (event) {
            case RequestOpened o -> {
                Map<String, Part> parts = new LinkedHashMap<>();
                o.parts().forEach(service -> parts.put(service, Part.pending(service)));
                yield new SubjectAccessRequest(Optional.of(o), parts, Status.PENDING, Optional.empty(), 0, Optional.empty());
            }
            case PartGathered g -> s.with(new Part(g.service(), switch (g.status()) {
                case 204 -> PartStatus.NOTHING_HELD;
                case 209 -> PartStatus.NOT_KNOWN;
                default -> PartStatus.ANSWERED;
            }, Optional.of(g.status()), g.content(), g.unsealed(), Optional.empty(), g.attempts(), false));
            case PartFailed f -> s.with(new Part(f.service(), PartStatus.FAILED, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(f.reason()), f.attempts(), f.worthRetrying()));
            case PartsRetried r -> {
                Map<String, Part> parts = new LinkedHashMap<>(s.parts);
                r.parts().forEach(service -> parts.put(service, Part.pending(service)));
                yield new SubjectAccessRequest(s.opened, parts, Status.PENDING, Optional.empty(),
                        s.automaticRetries + (r.automatic() ? 1 : 0), s.erased);
            }
            case RequestErased e -> new SubjectAccessRequest(s.opened, s.parts, s.status, s.finishedAt,
                    s.automaticRetries, Optional.of(e));
            case RequestCompleted c -> s.finished(Status.COMPLETE, c.completedAt());
            case RequestFailed f -> s.finished(Status.FAILED, f.failedAt());
        };
    }

    private SubjectAccessRequest with(Part part) {
        Map<String, Part> changed = new LinkedHashMap<>(parts);
        changed.put(part.service(), part);
        return new SubjectAccessRequest(opened, changed, status, finishedAt, automaticRetries, erased);
    }

    private SubjectAccessRequest finished(Status end, Instant at) {
        return new SubjectAccessRequest(opened, parts, end, Optional.of(at), automaticRetries, erased);
    }

    /** Opens a request for the person's data from each of {@code parts}, to be assembled within {@code assembleWithin}. */
    static List<SubjectAccessEvent> open(UUID requestId, String crn, Requester requester, List<String> parts, Instant now,
            Duration assembleWithin) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a subject access request gathers at least one part");
        }
        // GDPR 12(3): within one month of receipt.
        LocalDate respondBy = LocalDate.ofInstant(now, LONDON).plusMonths(1);
        return List.of(new RequestOpened(requestId, crn, requester, List.copyOf(parts), now, now.plus(assembleWithin),
                respondBy));
    }

    /** A service answered (200, 204 or 209); the last part to answer assembles the request. */
    List<SubjectAccessEvent> gathered(String service, int httpStatus, Optional<Sealed> content, int attempts, Instant now) {
        awaiting(service);
        if (httpStatus != 200 && httpStatus != 204 && httpStatus != 209) {
            throw new RuleViolated("not-a-subject-access-answer", service + " answered " + httpStatus
                    + ": a part is 200, 204 or 209", null);
        }
        return finishing(new PartGathered(requestId(), service, httpStatus, content, attempts), now);
    }

    /** A service did not answer after every try; once every part has answered or failed, the request has failed. */
    List<SubjectAccessEvent> failed(String service, String reason, int attempts, boolean worthRetrying, Instant now) {
        awaiting(service);
        return finishing(new PartFailed(requestId(), service, reason, attempts, worthRetrying), now);
    }

    /**
     * Asks the parts that failed again, and only those; what was gathered stays. Only a failed request is retried: one
     * still gathering or complete has nothing to ask again.
     */
    List<SubjectAccessEvent> retry(Instant now, boolean automatic) {
        mustNotBeErased();
        if (status != Status.FAILED) {
            throw new RuleViolated("request-not-failed", "request " + requestId() + " is " + status
                    + ": only a FAILED request's failed parts are gathered again", null);
        }
        return List.of(new PartsRetried(requestId(), failedParts(), now, automatic));
    }

    /**
     * Whether the service should ask the failed parts again by itself now: every failure was worth retrying (a
     * timeout, an unreachable or unavailable service, not a refusal), and the back-off since it failed, doubling with
     * each automatic retry, has passed.
     */
    public boolean automaticRetryDue(Instant now, AutomaticRetries policy) {
        if (status != Status.FAILED || erased.isPresent() || automaticRetries >= policy.most() || finishedAt.isEmpty()) {
            return false;
        }
        boolean allWorthRetrying = parts.values().stream().filter(p -> p.status() == PartStatus.FAILED)
                .allMatch(Part::worthRetrying);
        Duration backOff = policy.after().multipliedBy(1L << Math.min(automaticRetries, 30));
        return allWorthRetrying && !now.isBefore(finishedAt.get().plus(backOff));
    }

    /** The service's own retry of the failed parts, when it is due (else nothing): decided again under the stream's hold. */
    List<SubjectAccessEvent> retryIfDue(Instant now, AutomaticRetries policy) {
        return automaticRetryDue(now, policy) ? retry(now, true) : List.of();
    }

    private List<String> failedParts() {
        return parts.values().stream().filter(p -> p.status() == PartStatus.FAILED).map(Part::service).toList();
    }

    private void awaiting(String service) {
        Part part = parts.get(service);
        if (part == null) {
            throw new RuleViolated("not-a-part", "request " + requestId() + " does not gather a part from " + service, null);
        }
        if (part.status() != PartStatus.PENDING) {
            throw new RuleViolated("part-already-gathered", service + "'s part of request " + requestId()
                    + " is already " + part.status(), null);
        }
    }

    private List<SubjectAccessEvent> finishing(SubjectAccessEvent answer, Instant now) {
        SubjectAccessRequest after = evolve(this, answer);
        if (after.pending().isEmpty()) {
            List<String> failed = after.failedParts();
            SubjectAccessEvent end = failed.isEmpty() ? new RequestCompleted(requestId(), now)
                    : new RequestFailed(requestId(), failed, now);
            return List.of(answer, end);
        }
        return List.of(answer);
    }

    /** The services whose part is still to come. */
    public List<String> pending() {
        List<String> pending = new ArrayList<>();
        parts.values().stream().filter(p -> p.status() == PartStatus.PENDING).forEach(p -> pending.add(p.service()));
        return pending;
    }

    public UUID requestId() {
        return opened.orElseThrow().requestId();
    }

    public String crn() {
        return opened.orElseThrow().crn();
    }

    /** Not assembled within the service's own target (default 12 hours). */
    public boolean overdue(Instant now) {
        return status != Status.COMPLETE && opened.map(o -> now.isAfter(o.assembleBy())).orElse(false);
    }

    /**
     * Erases the gathered data (UK GDPR art. 5(1)(e), 17: kept no longer than needed): recorded here while the caller
     * destroys the request's data key in the same transaction. A request still gathering is erased once it finishes.
     */
    List<SubjectAccessEvent> erase(Instant now, Erasure why) {
        mustNotBeErased();
        if (status == Status.PENDING) {
            throw new RuleViolated("request-still-gathering", "request " + requestId() + " is still gathering its parts: "
                    + "erase it once it is COMPLETE or FAILED", null);
        }
        return List.of(new RequestErased(requestId(), why, now));
    }

    /** Whether the data is due to be erased at {@code now}: kept for {@code keepFor} after the request finished. */
    public boolean erasureDue(Instant now, Duration keepFor) {
        return erased.isEmpty() && status != Status.PENDING
                && finishedAt.map(at -> !now.isBefore(at.plus(keepFor))).orElse(false);
    }

    /** The erasure when it is due (else nothing): decided again under the stream's hold. */
    List<SubjectAccessEvent> eraseIfDue(Instant now, Duration keepFor) {
        return erasureDue(now, keepFor) ? erase(now, Erasure.RETENTION_ENDED) : List.of();
    }

    public void mustNotBeErased() {
        erased.ifPresent(e -> {
            throw new DataErased("the data gathered for subject access request " + requestId() + " was erased at "
                    + e.erasedAt() + (e.why() == Erasure.ON_REQUEST ? " at an auditor's request" : " when the time it "
                    + "is kept for had passed") + "; the record of the request remains", e.erasedAt());
        });
    }

    public void mustBeComplete() {
        mustNotBeErased();
        if (status != Status.COMPLETE) {
            throw new RuleViolated("request-not-complete", "request " + requestId() + " is " + status
                    + ": its document and data are ready once every part is gathered", GDPR);
        }
    }
}
