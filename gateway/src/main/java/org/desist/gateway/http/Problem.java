package org.desist.gateway.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;

/**
 * An RFC 9457 problem in the shape the services answer (eventstore's {@code Problem}); the gateway has no kernel, so it
 * writes the few it needs itself.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String service) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "https://desist.dev/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null);
    }

    public Problem naming(String service) {
        return new Problem(type, title, status, detail, service);
    }

    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers with this problem, unless an answer has already begun. */
    public void answer(HttpServerResponse response) {
        if (response.ended() || response.closed() || response.headWritten()) {
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE).end(json());
    }
}
