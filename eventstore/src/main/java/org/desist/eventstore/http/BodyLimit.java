package org.desist.eventstore.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.ws.rs.core.Response.Status;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Refuses a body larger than the limit before reading it, with a problem+json answer that says what to do. A body of
 * unknown length (chunked) is read here up to the limit and handed on whole, because behind this filter Vert.x's own
 * limit ({@code quarkus.http.limits.max-body-size}) would answer with an empty body.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigMapping(prefix = "desist.http")
    public interface HttpLimits {

        /** The largest request body accepted, in bytes. */
        @WithDefault("1048576")
        long maxBodyBytes();

        /** The longest request target (path and query) accepted, in characters. */
        @WithDefault("8192")
        int maxUriLength();

        /** The largest request headers accepted, all together, in bytes. */
        @WithDefault("20480")
        int maxHeaderBytes();

        /** How many requests a service works on at once; more are answered 503 at once, to be retried. */
        @WithDefault("64")
        int maxInFlight();
    }

    private final HttpLimits limits;

    BodyLimit(HttpLimits limits) {
        this.limits = limits;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && isOver(length)) {
                VertxProblem.answer(context, tooLarge("the request body has " + length + " bytes; the limit is "
                        + limits.maxBodyBytes() + ": shorten the text fields", limits.maxBodyBytes()));
                return;
            }
            if (length == null && context.request().headers().contains("Transfer-Encoding", "chunked", true)) {
                readChunked(context);
                return;
            }
            context.next();
        }, 1000);
    }

    private void readChunked(RoutingContext context) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > limits.maxBodyBytes()) {
                refused[0] = true;
                context.response().putHeader("Connection", "close");
                VertxProblem.answer(context, tooLarge("the request body is over the limit of " + limits.maxBodyBytes()
                        + " bytes: shorten the text fields", limits.maxBodyBytes()));
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                ((RoutingContextInternal) context).setBody(body);
                context.next();
            }
        });
        request.resume();
    }

    static Problem tooLarge(String detail, long limit) {
        return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large", "Body too large", detail)
                .withField("body", "at most " + limit + " bytes");
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > limits.maxBodyBytes();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
