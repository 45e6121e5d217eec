package org.desist.eventstore.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, with Desist's extension members: the failing {@code field}, the {@code rule} it broke,
 * the {@code source} that rule comes from, and every field error when there are several.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, String rule,
        String source, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "https://desist.dev/problems/";

    public record FieldError(String field, String rule, String message) {
    }

    public static Problem of(Response.Status status, String slug, String title, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status.getStatusCode(), detail, null, null, null, null);
    }

    public Problem withField(String field, String rule) {
        return new Problem(type, title, status, detail, field, rule, source, errors);
    }

    public Problem withSource(String source) {
        return new Problem(type, title, status, detail, field, rule, source, errors);
    }

    public Problem withErrors(List<FieldError> errors) {
        return new Problem(type, title, status, detail, field, rule, source, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
