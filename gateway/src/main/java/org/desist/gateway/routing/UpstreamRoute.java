package org.desist.gateway.routing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.MultiMap;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.util.TypeLiteral;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;
import org.desist.gateway.GatewayConfig.Upstream;
import org.desist.gateway.http.Problem;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * One service behind the gateway: {@code /api/<name>/rest} reaches the service's {@code /rest} through Vert.x's reverse
 * proxy, headers (the bearer token among them) and body passed on as they came, with a timeout and a circuit breaker
 * (SmallRye Fault Tolerance) around each call. A service that is down, too slow, or whose circuit is open is answered
 * at once with a 503 problem naming it, never with a hang.
 */
final class UpstreamRoute {

    private static final Logger LOG = Logger.getLogger(UpstreamRoute.class);

    private final String prefix;
    private final String service;
    private final HttpClient client;
    private final RequestOptions target;
    private final TypedGuard<CompletionStage<ProxyResponse>> guard;
    private final long retryAfterSeconds;
    private final TextMapPropagator propagator;
    private final Tracer tracer;

    UpstreamRoute(String name, Upstream upstream, HttpClient client, OpenTelemetry telemetry) {
        this.prefix = "/api/" + name;
        this.propagator = telemetry.getPropagators().getTextMapPropagator();
        this.tracer = telemetry.getTracer("desist-gateway");
        this.service = upstream.service();
        this.client = client;
        URI origin = URI.create(upstream.url());
        boolean tls = "https".equals(origin.getScheme());
        this.target = new RequestOptions().setHost(origin.getHost())
                .setPort(origin.getPort() > 0 ? origin.getPort() : tls ? 443 : 80).setSsl(tls)
                .setConnectTimeout(upstream.timeout().toMillis())
                // the backstop that closes a call the guard has given up on
                .setIdleTimeout(upstream.timeout().toMillis());
        this.guard = TypedGuard.create(new TypeLiteral<CompletionStage<ProxyResponse>>() {
                })
                .withDescription("gateway to " + service)
                // the proxying stays on the event loop; it never blocks
                .withThreadOffload(false)
                .withTimeout().duration(upstream.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker().name("gateway-" + name)
                .requestVolumeThreshold(upstream.circuitBreaker().requestVolume())
                .failureRatio(upstream.circuitBreaker().failureRatio())
                .delay(upstream.circuitBreaker().delay().toMillis(), ChronoUnit.MILLIS).done()
                .build();
        this.retryAfterSeconds = Math.max(1, upstream.circuitBreaker().delay().toSeconds());
    }

    String prefix() {
        return prefix;
    }

    void handle(RoutingContext context) {
        ProxyRequest request = ProxyRequest.reverseProxy(context.request());
        request.setURI(upstreamUri(context));
        request.headers().set("X-Forwarded-Prefix", prefix);
        Span span = callSpan(context, request.headers());
        CompletionStage<ProxyResponse> answer = guard.get(() -> client.request(new RequestOptions(target))
                .compose(request::send).toCompletionStage());
        Future.fromCompletionStage(answer, context.vertx().getOrCreateContext()).onComplete(result -> {
            if (result.succeeded()) {
                span.setAttribute("http.response.status_code", result.result().getStatusCode());
                span.end();
                result.result().send().onFailure(failure -> LOG.debugf("%s: answer not delivered: %s", service, failure));
            } else {
                span.setStatus(StatusCode.ERROR, result.cause().toString());
                span.end();
                request.release();
                unavailable(context, result.cause());
            }
        });
    }

    /**
     * The gateway's own span for the call, a child of the request's (or of the caller's traceparent), and the one the
     * service continues: its traceparent replaces the caller's on the way. With the SDK off, nothing changes hands.
     */
    private Span callSpan(RoutingContext context, MultiMap upstreamHeaders) {
        Context current = Context.current();
        Context parent = Span.fromContext(current).getSpanContext().isValid() ? current
                : propagator.extract(current, context.request().headers(), HEADERS);
        Span span = tracer.spanBuilder(context.request().method().name() + " " + service).setParent(parent)
                .setSpanKind(SpanKind.CLIENT).setAttribute("peer.service", service).startSpan();
        propagator.inject(parent.with(span), upstreamHeaders, (headers, name, value) -> headers.set(name, value));
        return span;
    }

    private static final TextMapGetter<MultiMap> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(MultiMap headers) {
            return headers.names();
        }

        @Override
        public String get(MultiMap headers, String name) {
            return headers == null ? null : headers.get(name);
        }
    };

    // The normalised path, so that dot segments cannot lead from one service's prefix to another service's paths.
    private String upstreamUri(RoutingContext context) {
        String rest = context.normalizedPath().substring(prefix.length());
        String query = context.request().query();
        return (rest.isEmpty() ? "/" : rest) + (query == null ? "" : "?" + query);
    }

    private void unavailable(RoutingContext context, Throwable failure) {
        String why;
        if (failure instanceof CircuitBreakerOpenException) {
            why = " is failing; calls to it are paused for a while";
        } else if (failure instanceof TimeoutException) {
            why = " did not answer in time";
        } else {
            why = " cannot be reached";
        }
        LOG.warnf("%s%s (%s)", service, why, failure.toString());
        context.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        Problem.of(503, "service-unavailable", "Service unavailable", service + why + ": nothing was done there; "
                + "retry after " + retryAfterSeconds + " s").naming(service).answer(context.response());
    }
}
