package org.desist.reporting.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StreamNotFound;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;
import org.desist.eventstore.command.Loaded;
import org.desist.eventstore.command.Versioned;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.Requester;
import org.desist.reporting.subjectaccess.SubjectAccessRequest.AutomaticRetries;

/**
 * The application service of subject access requests: open one (its parts are then gathered), retry its failed parts,
 * read where it stands.
 */
@ApplicationScoped
public class SubjectAccessRequests {

    private final CommandHandler commands;
    private final ServiceParts services;
    private final SubjectAccessConfig config;
    private final SubjectAccessRequestsProjection list;

    SubjectAccessRequests(CommandHandler commands, ServiceParts services, SubjectAccessConfig config,
            SubjectAccessRequestsProjection list) {
        this.commands = commands;
        this.services = services;
        this.config = config;
        this.list = list;
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
