package org.desist.gateway.routing;

import io.opentelemetry.api.OpenTelemetry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.desist.gateway.GatewayConfig;
import org.desist.gateway.access.BearerAccess;
import org.desist.gateway.http.Problem;
import org.desist.gateway.limits.BodyLimit;
import org.desist.gateway.limits.ClientRateLimits;

/** The front door's order: a valid token, the client's rate, the body's size, then the service the path names. */
@ApplicationScoped
public class Routes {

    private final GatewayConfig config;
    private final BearerAccess access;
    private final ClientRateLimits rates;
    private final BodyLimit bodies;
    private final OpenTelemetry telemetry;

    Routes(GatewayConfig config, BearerAccess access, ClientRateLimits rates, BodyLimit bodies, OpenTelemetry telemetry) {
        this.telemetry = telemetry;
        this.config = config;
        this.access = access;
        this.rates = rates;
        this.bodies = bodies;
    }

    void install(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(64).setKeepAlive(true));
        router.route("/api/*").order(1).handler(access::authenticate);
        router.route("/api/*").order(2).handler(rates::limit);
        router.route("/api/*").order(3).handler(bodies::limit);
        config.routes().forEach((name, upstream) -> {
            UpstreamRoute route = new UpstreamRoute(name, upstream, client, telemetry);
            router.route(route.prefix() + "/*").order(4).handler(route::handle);
        });
        router.route("/api/*").order(5).handler(context -> Problem.of(404, "no-such-service", "Not found",
                "no service answers under " + context.normalizedPath() + ": the platform's paths start with "
                        + config.routes().keySet().stream().sorted().map(name -> "/api/" + name).toList())
                .answer(context.response()));
    }
}
