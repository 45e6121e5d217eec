package org.desist.gateway.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.desist.gateway.GatewayConfig;

/**
 * The gateway's security headers on every answer, its own and the services' alike. They are set just before the head is
 * written, so a service's copy of the same header is replaced rather than repeated.
 */
@ApplicationScoped
public class SecurityHeaders {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    // Swagger UI runs its own scripts and styles.
    private static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    private final String hsts;

    SecurityHeaders(GatewayConfig config) {
        this.hsts = config.strictTransportSecurity();
    }

    void register(@Observes Filters filters) {
        filters.register(this::onEveryAnswer, 5000);
    }

    private void onEveryAnswer(RoutingContext context) {
        boolean ui = context.normalizedPath().startsWith("/q/swagger-ui");
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Content-Security-Policy", ui ? UI_POLICY : API_POLICY);
            headers.set("Strict-Transport-Security", hsts);
            if (!ui) {
                headers.set("Cache-Control", "no-store");
            }
        });
        context.next();
    }
}
