package org.desist.reporting.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StreamNotFound;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;
import org.desist.eventstore.command.Loaded;
import org.desist.eventstore.command.Versioned;
import org.desist.eventstore.shredding.DataErased;
import org.desist.eventstore.shredding.DataKeys;
import org.desist.eventstore.shredding.Sealed;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.Erasure;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.Requester;
import org.desist.reporting.subjectaccess.SubjectAccessRequest.AutomaticRetries;

/**
 * The application service of subject access requests: open one (its parts are then gathered), retry its failed parts,
 * read where it stands and what it gathered, erase its data.
 */
@ApplicationScoped
public class SubjectAccessRequests {

    private final CommandHandler commands;
    private final ServiceParts services;
    private final SubjectAccessConfig config;
    private final SubjectAccessRequestsProjection list;
    private final DataKeys keys;

    SubjectAccessRequests(CommandHandler commands, ServiceParts services, SubjectAccessConfig config,
            SubjectAccessRequestsProjection list, DataKeys keys) {
        this.commands = commands;
        this.services = services;
        this.config = config;
        this.list = list;
        this.keys = keys;
    }

    public Versioned<UUID> open(String crn, Requester requester, CommandMetadata metadata) {
        UUID requestId = UuidV7.next();
        Decision decision = commands.create(SubjectAccessRequest.stream(requestId), SubjectAccessRequest.AGGREGATE,
                none -> SubjectAccessRequest.open(requestId, crn, requester, services.parts(), Instant.now(),
                        config.assembleWithin()), metadata);
        return new Versioned<>(requestId, decision.version());
    }

    /** Gathers the failed parts of a FAILED request again: {@code expected} as the caller last read it (If-Match). */
    public Versioned<SubjectAccessRequest> retry(UUID requestId, ExpectedVersion expected, CommandMetadata metadata) {
        Instant now = Instant.now();
        commands.update(SubjectAccessRequest.stream(requestId), expected, SubjectAccessRequest.AGGREGATE,
                request -> request.retry(now, false), metadata);
        return load(requestId);
    }

    /** The service's own retry of a failed request's parts, if one is due at {@code now}: whether it retried. */
    public boolean retryIfDue(UUID requestId, Instant now, CommandMetadata metadata) {
        AutomaticRetries policy = new AutomaticRetries(config.automaticRetryAfter(), config.automaticRetries());
        return !commands.update(SubjectAccessRequest.stream(requestId), ExpectedVersion.any(),
                SubjectAccessRequest.AGGREGATE, request -> request.retryIfDue(now, policy), metadata).events().isEmpty();
    }

    /**
     * Erases the request's gathered data: the erasure is recorded and the request's data key destroyed in one
     * transaction, so a failure of either leaves both as they were.
     */
    public long erase(UUID requestId, ExpectedVersion expected, CommandMetadata metadata) {
        Instant now = Instant.now();
        return commands.update(SubjectAccessRequest.stream(requestId), expected, SubjectAccessRequest.AGGREGATE,
                request -> destroyingKey(requestId, request.erase(now, Erasure.ON_REQUEST), now), metadata).version();
    }

    /** The erasure of a request kept for its time after it finished, if it is due at {@code now}: whether it erased. */
    public boolean eraseIfDue(UUID requestId, Instant now, CommandMetadata metadata) {
        return !commands.update(SubjectAccessRequest.stream(requestId), ExpectedVersion.any(),
                SubjectAccessRequest.AGGREGATE, request -> destroyingKey(requestId, request.eraseIfDue(now,
                        config.keepFor()), now), metadata).events().isEmpty();
    }

    private List<SubjectAccessEvent> destroyingKey(UUID requestId, List<SubjectAccessEvent> erasure, Instant now) {
        if (!erasure.isEmpty()) {
            keys.destroy(SubjectAccessRequest.dataKey(requestId), now);
        }
        return erasure;
    }

    /** A service's answer as the request's stream keeps it: the content sealed under the request's data key. */
    Optional<Sealed> seal(UUID requestId, Optional<JsonNode> content) {
        return content.map(data -> keys.seal(SubjectAccessRequest.dataKey(requestId), data));
    }

    /** Each answered part's content, opened with the request's data key: to read a complete request, never stored. */
    public Map<String, JsonNode> contents(SubjectAccessRequest request) {
        request.mustNotBeErased();
        Map<String, JsonNode> contents = new LinkedHashMap<>();
        for (SubjectAccessRequest.Part part : request.parts().values()) {
            part.unsealed().ifPresent(data -> contents.put(part.service(), data));
            if (part.content().isPresent()) {
                switch (keys.open(part.content().get())) {
                    case DataKeys.Opened.Readable readable -> contents.put(part.service(), readable.data());
                    case DataKeys.Opened.Erased erased -> throw new DataErased("the data gathered for subject access "
                            + "request " + request.requestId() + " was erased at " + erased.at(), erased.at());
                }
            }
        }
        return contents;
    }

    public Versioned<SubjectAccessRequest> load(UUID requestId) {
        Loaded<SubjectAccessRequest> loaded = commands.load(SubjectAccessRequest.stream(requestId).id(),
                SubjectAccessRequest.AGGREGATE);
        if (!loaded.exists()) {
            throw new StreamNotFound(SubjectAccessRequest.stream(requestId));
        }
        return new Versioned<>(loaded.state(), loaded.version());
    }

    public List<SubjectAccessRequestsProjection.Summary> list(boolean overdueOnly) {
        return list.list(overdueOnly, Instant.now());
    }
}
