package org.desist.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the gateway routes where, and the limits it keeps: everything a deployment may change. */
@ConfigMapping(prefix = "desist.gateway")
public interface GatewayConfig {

    /** One entry per path prefix: {@code routes.case} serves {@code /api/case/**}. */
    Map<String, Upstream> routes();

    RateLimit rateLimit();

    /**
     * Operations anyone may call without a token, {@code METHOD /api/path} with {@code *} for one segment: only those
     * the services themselves leave open ({@code @PermitAll}). A token, when sent, is still checked.
     */
    Optional<List<String>> publicOperations();

    /** The largest request body passed on, in bytes (the services' own limit, so that the gateway refuses first). */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Strict-Transport-Security: browsers heed it only over HTTPS, where TLS ends in front of the gateway. */
    @WithDefault("max-age=31536000; includeSubDomains")
    String strictTransportSecurity();

    interface Upstream {

        /** The service's name, as problems and the platform's OpenAPI document name it, e.g. {@code case-service}. */
        String service();

        /** Where the service listens, e.g. {@code http://localhost:8081}. */
        String url();

        /** How long the service may take to start answering before the caller gets a 503. */
        @WithDefault("10s")
        Duration timeout();

        /** Whether its {@code /q/openapi} document joins the platform's. */
        @WithDefault("true")
        boolean openapi();

        CircuitBreaker circuitBreaker();
    }

    interface CircuitBreaker {

        /** How many of the latest calls are weighed before the circuit may open. */
        @WithDefault("10")
        int requestVolume();

        /** The share of those calls that failed (no answer, or too late) at which it opens. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long it stays open, answering 503 at once, before a trial call. */
        @WithDefault("5s")
        Duration delay();
    }

    interface RateLimit {

        /** Requests a client may make per period (a token bucket of this size, refilled evenly over the period). */
        @WithDefault("600")
        int requests();

        @WithDefault("1m")
        Duration period();

        /** The token claim that names the client: {@code sub} (each user or service account) or {@code azp} (each OIDC client). */
        @WithDefault("sub")
        String clientClaim();
    }
}
