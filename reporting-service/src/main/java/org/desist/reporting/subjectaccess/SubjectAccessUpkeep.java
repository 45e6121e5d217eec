package org.desist.reporting.subjectaccess;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.http.RuleViolated;
import org.jboss.logging.Logger;

/**
 * What the service does to its subject access requests by itself, every {@code upkeep-interval}: asks the failed parts
 * of a request again once their back-off has passed, when every failure was worth retrying; and erases the data of
 * requests kept for their time ({@code keep-for}) after they finished.
 */
@ApplicationScoped
public class SubjectAccessUpkeep {

    private static final Logger LOG = Logger.getLogger(SubjectAccessUpkeep.class);
    private static final Actor ITSELF = Actor.system("reporting-service");

    private final SubjectAccessRequests requests;
    private final SubjectAccessRequestsProjection list;
    private final SubjectAccessConfig config;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("subject-access-upkeep").factory());

    SubjectAccessUpkeep(SubjectAccessRequests requests, SubjectAccessRequestsProjection list, SubjectAccessConfig config) {
        this.requests = requests;
        this.list = list;
        this.config = config;
    }

    void start(@Observes StartupEvent start) {
        long every = config.upkeepInterval().toMillis();
        timer.scheduleWithFixedDelay(() -> upkeep(Instant.now()), every, every, TimeUnit.MILLISECONDS);
    }

    /** One round, as of {@code now}; what fails is tried again next round. */
    void upkeep(Instant now) {
        try {
            retryDue(now);
        } catch (RuntimeException e) {
            LOG.errorf(e, "subject access requests: automatic retries failed; tried again in %s", config.upkeepInterval());
        }
        try {
            eraseDue(now);
        } catch (RuntimeException e) {
            LOG.errorf(e, "subject access requests: erasures failed; tried again in %s", config.upkeepInterval());
        }
    }

    /** Retries each failed request whose automatic retry is due at {@code now}; how many were retried. */
    int retryDue(Instant now) {
        int retried = 0;
        for (UUID request : list.failed()) {
            try {
                if (requests.retryIfDue(request, now, CommandMetadata.by(ITSELF))) {
                    retried++;
                }
            } catch (RuleViolated changedMeanwhile) {
                LOG.debugf("subject access request %s: %s", request, changedMeanwhile.getMessage());
            }
        }
        return retried;
    }

    /** Erases the data of each request kept past its time at {@code now}; how many were erased. */
    int eraseDue(Instant now) {
        int erased = 0;
        // Page after page while whole pages are erased: a page none of which could be erased ends the round.
        for (int before = -1; before < erased;) {
            before = erased;
            List<UUID> page = list.finishedBefore(now.minus(config.keepFor()));
            for (UUID request : page) {
                try {
                    if (requests.eraseIfDue(request, now, CommandMetadata.by(ITSELF))) {
                        erased++;
                    }
                } catch (RuleViolated changedMeanwhile) {
                    LOG.debugf("subject access request %s: %s", request, changedMeanwhile.getMessage());
                }
            }
            if (page.size() < SubjectAccessRequestsProjection.MOST) {
                break;
            }
        }
        return erased;
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
