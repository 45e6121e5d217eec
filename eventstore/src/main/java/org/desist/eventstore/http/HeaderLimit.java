package org.desist.eventstore.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import java.util.Map;

/**
 * Request headers larger than {@code desist.http.max-header-bytes} are a 431 problem. Vert.x's own limit
 * ({@code quarkus.http.limits.max-header-size}) answers with an empty body before any handler runs, so it is set well
 * above this one, which answers first.
 */
@ApplicationScoped
public class HeaderLimit {

    private final BodyLimit.HttpLimits limits;

    HeaderLimit(BodyLimit.HttpLimits limits) {
        this.limits = limits;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            long size = size(context.request().headers());
            if (size > limits.maxHeaderBytes()) {
                context.response().putHeader("Connection", "close");
                VertxProblem.answer(context, Problem.of(Status.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large",
                        "Headers too large", "the request's headers have " + size + " bytes; the limit is "
                                + limits.maxHeaderBytes() + ": send fewer or shorter headers (cookies included)")
                        .withField("headers", "at most " + limits.maxHeaderBytes() + " bytes"));
                return;
            }
            context.next();
        }, 2500);
    }

    /** As the request carried them: each header's name, ": ", value and line end. */
    static long size(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }
}
