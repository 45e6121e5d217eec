package org.desist.reporting.subjectaccess;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** How subject access requests are gathered, under {@code desist.subject-access-requests}. */
@ConfigMapping(prefix = "desist.subject-access-requests")
public interface SubjectAccessConfig {

    /**
     * The services whose parts are gathered over HTTP, each by name with its base URL, as the gateway's routes name
     * them, e.g. {@code services.case-service=http://localhost:8081}; reporting-service's own part is read in process.
     */
    Map<String, String> services();

    /** How long one call to a service may take. */
    @WithDefault("10s")
    Duration timeout();

    /** Further tries after a call that failed or timed out. */
    @WithDefault("2")
    int retries();

    @WithDefault("1s")
    Duration retryDelay();

    /** The service's own target for assembling a request; one not complete by then is listed as overdue. */
    @WithDefault("12h")
    Duration assembleWithin();

    /**
     * How long after a request failed the service asks its failed parts again by itself, when every failure was worth
     * retrying (a timeout, an unreachable or unavailable service); the wait doubles with each automatic retry.
     */
    @WithDefault("5m")
    Duration automaticRetryAfter();

    /** The most automatic retries of one request; after them only the auditor or the person retries it. */
    @WithDefault("3")
    int automaticRetries();

    /**
     * How long a request's gathered data is kept after it finished (complete, for the person to read; or failed), after
     * which its data key is destroyed and the data erased; the request's own record stays.
     */
    @WithDefault("30d")
    Duration keepFor();

    /** How often the service looks for requests due an automatic retry or an erasure. */
    @WithDefault("1m")
    Duration upkeepInterval();

    Token token();

    /**
     * The token reporting-service calls the services with, which they accept as {@code auditor}: a client-credentials
     * grant when a client secret is set (a confidential service client with the auditor role), otherwise a password
     * grant for the named user (locally the {@code auditor} user through the public {@code desist-cli}: local only).
     */
    interface Token {

        String url();

        @WithDefault("desist-cli")
        String clientId();

        Optional<String> clientSecret();

        Optional<String> username();

        Optional<String> password();
    }
}
