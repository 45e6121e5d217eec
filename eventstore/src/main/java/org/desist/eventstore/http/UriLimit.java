package org.desist.eventstore.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;

/**
 * An over-long request target is a 414 problem. Vert.x's own limit ({@code quarkus.http.limits.max-initial-line-length})
 * answers with an empty body, so it is set far above this one, which answers first.
 */
@ApplicationScoped
public class UriLimit {

    private final BodyLimit.HttpLimits limits;

    UriLimit(BodyLimit.HttpLimits limits) {
        this.limits = limits;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            int length = context.request().uri().length();
            if (length > limits.maxUriLength()) {
                VertxProblem.answer(context, Problem.of(Status.REQUEST_URI_TOO_LONG, "uri-too-long", "Address too long",
                        "the address has " + length + " characters; the limit is " + limits.maxUriLength()
                                + ": send long values in a request body").withField("uri",
                                "at most " + limits.maxUriLength() + " characters"));
                return;
            }
            context.next();
        }, 2000);
    }
}
