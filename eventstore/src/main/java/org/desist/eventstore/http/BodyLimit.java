package org.desist.eventstore.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Refuses a body larger than the limit before reading it, with a problem+json answer that says what to do;
 * Vert.x's own limit ({@code quarkus.http.limits.max-body-size}) stays behind it for bodies of unknown length.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigMapping(prefix = "desist.http")
    public interface HttpLimits {

        /** The largest request body accepted, in bytes. */
        @WithDefault("1048576")
        long maxBodyBytes();
    }

    private final HttpLimits limits;

    BodyLimit(HttpLimits limits) {
        this.limits = limits;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && isOver(length)) {
                context.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end("{\"type\":\"https://desist.dev/problems/body-too-large\",\"title\":\"Body too large\","
                                + "\"status\":413,\"field\":\"body\",\"rule\":\"at most " + limits.maxBodyBytes()
                                + " bytes\",\"detail\":\"the request body has " + length + " bytes; the limit is "
                                + limits.maxBodyBytes() + ": shorten the text fields\"}");
                return;
            }
            context.next();
        }, 1000);
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > limits.maxBodyBytes();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
