package org.desist.reporting.subjectaccess;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Policy;
import org.desist.eventstore.http.RuleViolated;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.PartsRetried;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestOpened;
import org.jboss.logging.Logger;

/**
 * Gathers each part of a request once it is opened (and the failed ones once retried), in the background: after the
 * opening commits, each service is asked on a virtual thread of its own, and its answer (sealed under the request's
 * data key) or the failure after every try is recorded in the request's stream. Requests still pending when the
 * service stopped are taken up again when it starts.
 */
@ApplicationScoped
public class PartsGathering implements Policy<SubjectAccessEvent> {

    private static final Logger LOG = Logger.getLogger(PartsGathering.class);

    /** The parts of a request still to be gathered, once its opening (or the retry of its failed parts) has committed. */
    record PartsDue(UUID requestId, List<String> parts, CommandMetadata metadata) {
    }

    private final CommandHandler commands;
    private final ServiceParts services;
    private final Event<PartsDue> due;
    private final SubjectAccessRequestsProjection requests;
    private final SubjectAccessRequests sealing;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    PartsGathering(CommandHandler commands, ServiceParts services, Event<PartsDue> due,
            SubjectAccessRequestsProjection requests, SubjectAccessRequests sealing) {
        this.commands = commands;
        this.services = services;
        this.due = due;
        this.requests = requests;
        this.sealing = sealing;
    }

    @Override
    public Class<SubjectAccessEvent> family() {
        return SubjectAccessEvent.class;
    }

    @Override
    public void react(StoredEvent stored, SubjectAccessEvent event, CommandMetadata caused) {
        switch (event) {
            case RequestOpened opened -> due.fire(new PartsDue(opened.requestId(), opened.parts(), system(caused)));
            case PartsRetried retried -> due.fire(new PartsDue(retried.requestId(), retried.parts(), system(caused)));
            default -> {
            }
        }
    }

    void gather(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartsDue parts) {
        executor.submit(() -> {
            var loaded = commands.load(SubjectAccessRequest.stream(parts.requestId()).id(), SubjectAccessRequest.AGGREGATE);
            if (loaded.exists()) {
                String crn = loaded.state().crn();
                parts.parts().forEach(part -> executor.submit(() -> gather(parts, crn, part)));
            }
        });
    }

    void resume(@Observes StartupEvent start) {
        executor.submit(() -> requests.pending().forEach(request -> {
            var loaded = commands.load(SubjectAccessRequest.stream(request).id(), SubjectAccessRequest.AGGREGATE);
            if (loaded.exists()) {
                gather(new PartsDue(request, loaded.state().pending(), CommandMetadata.by(itself())));
            }
        }));
    }

    private void gather(PartsDue parts, String crn, String part) {
        try {
            ServiceParts.Answer answer = services.ask(part, crn);
            // Sealed inside the transaction that records it: the data key is committed with its first ciphertext.
            record(parts, r -> r.gathered(part, answer.status(), sealing.seal(parts.requestId(), answer.content()),
                    answer.attempts(), Instant.now()));
        } catch (Exception e) {
            LOG.warnf("subject access request %s: %s's part failed: %s", parts.requestId(), part, e.getMessage());
            try {
                int attempts = e instanceof ServiceParts.PartUnavailable u ? u.attempts() : 1;
                // Anything else (the service's own part, an unexpected error) may pass: worth asking again later.
                boolean worthRetrying = !(e instanceof ServiceParts.PartUnavailable u) || u.worthRetrying();
                record(parts, r -> r.failed(part, e.getMessage() == null ? e.toString() : e.getMessage(), attempts,
                        worthRetrying, Instant.now()));
            } catch (RuntimeException again) {
                LOG.errorf(again, "subject access request %s: could not record %s's failure", parts.requestId(), part);
            }
        }
    }

    private void record(PartsDue parts, java.util.function.Function<SubjectAccessRequest, List<SubjectAccessEvent>> decide) {
        try {
            commands.update(SubjectAccessRequest.stream(parts.requestId()), ExpectedVersion.any(),
                    SubjectAccessRequest.AGGREGATE, decide::apply, parts.metadata());
        } catch (RuleViolated alreadyThere) {
            // A part taken up again after a restart may have been recorded meanwhile: once is enough.
            LOG.debugf("subject access request %s: %s", parts.requestId(), alreadyThere.getMessage());
        }
    }

    private static CommandMetadata system(CommandMetadata caused) {
        return new CommandMetadata(itself(), caused.correlationId(), caused.causationId());
    }

    private static Actor itself() {
        return Actor.system("reporting-service");
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
