package org.desist.eventstore.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sheds load instead of queueing it: past {@code desist.http.max-in-flight} requests at once, a request is answered
 * 503 with {@code Retry-After} at once, and the service recovers by itself as soon as running requests finish.
 * Health and metrics are on the management interface, outside this limit.
 */
@ApplicationScoped
public class InFlightLimit {

    static final String RETRY_AFTER_SECONDS = "1";

    private final int max;
    private final AtomicInteger inFlight = new AtomicInteger();

    InFlightLimit(BodyLimit.HttpLimits limits) {
        this.max = limits.maxInFlight();
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (!tryEnter()) {
                context.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
                VertxProblem.answer(context, overloaded());
                return;
            }
            context.addEndHandler(done -> leave());
            context.next();
        }, 3000);
    }

    /** Takes a place if one is free. */
    boolean tryEnter() {
        if (inFlight.incrementAndGet() > max) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    void leave() {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }

    static Problem overloaded() {
        return Problem.of(Status.SERVICE_UNAVAILABLE, "overloaded", "Busy",
                "the service is working on as many requests as it can; nothing was done: try again in "
                        + RETRY_AFTER_SECONDS + " second");
    }
}
