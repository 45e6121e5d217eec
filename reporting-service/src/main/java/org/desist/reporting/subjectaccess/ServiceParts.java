package org.desist.reporting.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.TypedGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.desist.eventstore.EventStoreConfig;
import org.desist.eventstore.access.Reader;
import org.desist.eventstore.subjectaccess.SubjectAccess;
import org.desist.eventstore.subjectaccess.SubjectAccessPeriod;

/**
 * Asks each service for its part of a request: over HTTP with reporting-service's own token, each call bounded by a
 * timeout and retried (SmallRye Fault Tolerance); reporting-service's own part in process, through the same kernel
 * answer every service gives.
 */
@ApplicationScoped
public class ServiceParts {

    /** A service's answer, with the tries it took. */
    public record Answer(int status, Optional<JsonNode> content, int attempts) {
    }

    /**
     * A call that did not give a subject access answer: retried, then the part fails with this as its reason.
     * {@code worthRetrying} unless the service refused (a 4xx) or is not configured: asking later may then succeed.
     */
    static class PartUnavailable extends RuntimeException {

        private final int attempts;
        private final boolean worthRetrying;

        PartUnavailable(String message, boolean worthRetrying) {
            this(message, 1, worthRetrying);
        }

        PartUnavailable(String message, int attempts, boolean worthRetrying) {
            super(message);
            this.attempts = attempts;
            this.worthRetrying = worthRetrying;
        }

        int attempts() {
            return attempts;
        }

        boolean worthRetrying() {
            return worthRetrying;
        }
    }

    private static final Reader ITSELF_AS_AUDITOR = new Reader("reporting-service", Optional.empty(),
            Set.of(Reader.AUDITOR), Optional.empty(), Optional.empty(), Optional.empty());

    private final SubjectAccessConfig config;
    private final ServiceToken token;
    private final SubjectAccess own;
    private final ObjectMapper json;
    private final String service;
    private final HttpClient http;
    private final TypedGuard<Answer> guard;

    ServiceParts(SubjectAccessConfig config, ServiceToken token, SubjectAccess own, ObjectMapper json,
            EventStoreConfig kernel) {
        this.config = config;
        this.token = token;
        this.own = own;
        this.json = json;
        this.service = kernel.service();
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        this.guard = TypedGuard.create(Answer.class).withDescription("subject access parts")
                .withRetry().maxRetries(config.retries()).delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS).done()
                .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .build();
    }

    /** The parts every request gathers: each configured service's, then this service's own. */
    public List<String> parts() {
        List<String> parts = new ArrayList<>(config.services().keySet().stream().sorted().toList());
        parts.remove(service);
        parts.add(service);
        return parts;
    }

    /** The part's answer; throws once every try has failed or timed out. */
    public Answer ask(String part, String crn) throws Exception {
        if (part.equals(service)) {
            return ownPart(crn);
        }
        String base = Optional.ofNullable(config.services().get(part))
                .orElseThrow(() -> new PartUnavailable("no URL is configured for " + part, false));
        AtomicInteger attempts = new AtomicInteger();
        try {
            return guard.call(() -> call(base, crn, attempts.incrementAndGet()));
        } catch (Exception e) {
            boolean refused = e instanceof PartUnavailable unavailable && !unavailable.worthRetrying();
            throw new PartUnavailable(part + " did not answer after " + attempts.get() + " tries: " + describe(e),
                    attempts.get(), !refused);
        }
    }

    private Answer call(String base, String crn, int attempt) throws IOException, InterruptedException {
        URI uri = URI.create(base.replaceAll("/+$", "") + "/subject-access-request?crn="
                + URLEncoder.encode(crn, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(config.timeout())
                .header("Authorization", "Bearer " + token.bearer()).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return switch (response.statusCode()) {
            case 200 -> new Answer(200, Optional.of(content(response.body())), attempt);
            case 204, 209 -> new Answer(response.statusCode(), Optional.empty(), attempt);
            case 401 -> {
                token.forget();
                throw new PartUnavailable("refused the token (401)", true);
            }
            // A timeout-like answer (408, 429, 5xx) may pass; any other refusal will not by itself.
            default -> throw new PartUnavailable("answered " + response.statusCode(), transientStatus(response.statusCode()));
        };
    }

    /** The contract puts the data under {@code content}. */
    private JsonNode content(String body) throws IOException {
        JsonNode answer = json.readTree(body);
        if (answer == null || !answer.has("content")) {
            throw new PartUnavailable("answered 200 without content", false);
        }
        return answer.get("content");
    }

    private Answer ownPart(String crn) {
        return switch (own.answer(new SubjectAccessPeriod(crn, Optional.empty(), Optional.empty()), ITSELF_AS_AUDITOR,
                "subject access request gathering")) {
            case SubjectAccess.Outcome.Held held -> new Answer(200, Optional.of(json.valueToTree(held.content())), 1);
            case SubjectAccess.Outcome.NothingHeld nothing -> new Answer(204, Optional.empty(), 1);
            case SubjectAccess.Outcome.NotKnown unknown -> new Answer(209, Optional.empty(), 1);
        };
    }

    private static boolean transientStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String name = cause.getClass().getSimpleName();
        return cause.getMessage() == null ? name : name + " (" + cause.getMessage() + ")";
    }
}
