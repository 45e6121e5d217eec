package org.desist.gateway.limits;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.desist.gateway.GatewayConfig;
import org.desist.gateway.http.Problem;

/**
 * Refuses a body over the limit by its declared length, before any of it is read or passed on. A body of unknown length
 * (chunked) is streamed on, and the service's own limit refuses it with the same problem.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;

    BodyLimit(GatewayConfig config) {
        this.maxBytes = config.maxBodyBytes();
    }

    public void limit(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && !length.trim().matches("[0-9]{1,18}")) {
            Problem.of(400, "invalid-content-length", "Bad request", "Content-Length is not a number of bytes")
                    .answer(context.response());
            return;
        }
        if (length != null && Long.parseLong(length.trim()) > maxBytes) {
            context.response().putHeader("Connection", "close");
            Problem.of(413, "body-too-large", "Body too large", "the request body has " + length.trim()
                    + " bytes; the limit is " + maxBytes + ": shorten it").answer(context.response());
            return;
        }
        context.next();
    }

}
