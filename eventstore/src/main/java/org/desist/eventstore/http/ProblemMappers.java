package org.desist.eventstore.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.desist.eventstore.StreamNotFound;
import org.desist.eventstore.UnstorableValue;
import org.desist.eventstore.WrongExpectedVersion;
import org.desist.eventstore.shredding.DataErased;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/** Every error a caller can cause, mapped once to {@code application/problem+json} (RFC 9457). */
public class ProblemMappers {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ProblemMappers.class);

    private static final int FIRST = 1;

    @ServerExceptionMapper(priority = FIRST)
    public Response unauthenticated(UnauthorizedException e) {
        return AccessRefused.challenge(AccessRefused.noToken(), "Bearer");
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response tokenRefused(AuthenticationFailedException e) {
        LOG.debugf(e, "bearer token refused");
        return AccessRefused.challenge(AccessRefused.tokenRefused(
                "expired, not signed by the platform's realm, not issued for the platform, or not an access token"),
                "Bearer error=\"invalid_token\"");
    }

    /** Says which roles may do it, from the operation's {@code @RolesAllowed} (or its class's). */
    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e, SimpleResourceInfo resource) {
        if (AccessRefused.reason(e.getMessage()).isPresent()) {
            return AccessRefused.notYours(e.getMessage()).toResponse();
        }
        RolesAllowed allowed = null;
        if (resource != null && resource.getResourceClass() != null) {
            try {
                allowed = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes())
                        .getAnnotation(RolesAllowed.class);
            } catch (NoSuchMethodException notFound) {
                // answered without the roles
            }
            if (allowed == null) {
                allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
            }
        }
        return AccessRefused.forbidden(AccessRefused.roles(allowed == null ? null : allowed.value())).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response staleVersion(WrongExpectedVersion e) {
        return stale(e).toResponse();
    }

    static Problem stale(WrongExpectedVersion e) {
        return Problem.of(Status.CONFLICT, "stale-version", "The record has changed since you read it",
                e.getMessage()).withField("If-Match", "expected version " + e.expected());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response notFound(StreamNotFound e) {
        return Problem.of(Status.NOT_FOUND, "not-found", "Not found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response notInNeedToKnow(org.desist.eventstore.access.NotInNeedToKnow e) {
        return Problem.of(Status.FORBIDDEN, e.rule(), "Not in your need to know", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response notFound(NotFound e) {
        return Problem.of(Status.NOT_FOUND, "not-found", "Not found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response erased(DataErased e) {
        return Problem.of(Status.GONE, "erased", "Erased", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response ruleViolated(RuleViolated e) {
        Problem problem = Problem.of(Status.CONFLICT, e.rule(), "Refused by a rule", e.getMessage())
                .withField(null, e.rule());
        return e.source().map(problem::withSource).orElse(problem).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response invalidField(InvalidField e) {
        Problem problem = Problem.of(Status.BAD_REQUEST, "invalid-field", "Invalid " + e.field(), e.getMessage())
                .withField(e.field(), e.rule());
        return e.source().map(problem::withSource).orElse(problem).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unstorable(UnstorableValue e) {
        return Problem.of(Status.BAD_REQUEST, "invalid-field", "Invalid " + e.field(), e.getMessage())
                .withField(e.field(), e.rule()).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response constraintViolated(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v.getPropertyPath()), rule(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        Problem.FieldError first = errors.getFirst();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message())
                .collect(Collectors.joining("; "));
        return Problem.of(Status.BAD_REQUEST, "invalid-field", "Invalid " + first.field(), detail)
                .withField(first.field(), first.rule()).withErrors(errors).toResponse();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unknownField(UnrecognizedPropertyException e) {
        return badJson(e, "unknown-field", "no such field here: remove it (known fields: "
                + e.getKnownPropertyIds() + ")");
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response refused(RefusedValue e) {
        return badJson(e, e.rule(), e.getOriginalMessage());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response wrongFormat(InvalidFormatException e) {
        String rule = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "one of " + Arrays.toString(e.getTargetType().getEnumConstants())
                : "a valid " + (e.getTargetType() == null ? "value" : e.getTargetType().getSimpleName());
        return badJson(e, "format", "'" + e.getValue() + "' is not " + rule);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response wrongShape(MismatchedInputException e) {
        if (e.getPath().isEmpty() && e.getOriginalMessage().startsWith("Trailing token")) {
            return badJson(e, "one JSON value", "the body must be one JSON value: remove what follows it");
        }
        String expected = e.getTargetType() == null ? "another kind of value" : "a " + e.getTargetType().getSimpleName();
        return badJson(e, "type", "this field needs " + expected);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response cannotBuild(ValueInstantiationException e) {
        String reason = e.getCause() == null ? e.getOriginalMessage() : e.getCause().getMessage();
        return badJson(e, "value", reason);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response malformed(JsonParseException e) {
        if (e.getOriginalMessage().startsWith("Duplicate field '") && e.getProcessor() instanceof JsonParser parser) {
            String name = e.getOriginalMessage().substring("Duplicate field '".length()).replaceFirst("'$", "");
            String field = path(parser.getParsingContext()) + name;
            return Problem.of(Status.BAD_REQUEST, "invalid-field", "Invalid " + field,
                    field + ": given twice; send each field once").withField(field, "each field once").toResponse();
        }
        return Problem.of(Status.BAD_REQUEST, "malformed-json", "The body is not valid JSON",
                "the body is not valid JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr()).withField("body", "valid JSON").toResponse();
    }

    /**
     * Jackson could not build the type at all; left to Quarkus it would be a 500 with an empty body. A request can
     * provoke it (a value of a kind the type cannot take), so it is answered as a 400 naming the field.
     */
    @ServerExceptionMapper(priority = FIRST)
    public Response undefinable(InvalidDefinitionException e) {
        LOG.warnf("a request body could not be read as %s: %s", e.getType(), e.getOriginalMessage());
        return badJson(e, "value", "this value cannot be read here");
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response mapping(JsonMappingException e) {
        return badJson(e, "value", e.getOriginalMessage());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response noSuchResource(NotFoundException e) {
        return Problem.of(Status.NOT_FOUND, "not-found", "Not found",
                "nothing is at this address: check the path against the OpenAPI document at /q/openapi").toResponse();
    }

    @ServerExceptionMapper(priority = FIRST + 1)
    public Response web(WebApplicationException e) {
        // Quarkus REST wraps a body that Jackson could not read; answer for the cause, naming the field.
        switch (e.getCause()) {
            case JsonParseException parse -> {
                return malformed(parse);
            }
            case UnrecognizedPropertyException unknown -> {
                return unknownField(unknown);
            }
            case RefusedValue refused -> {
                return refused(refused);
            }
            case InvalidDefinitionException definition -> {
                return undefinable(definition);
            }
            case InvalidFormatException format -> {
                return wrongFormat(format);
            }
            case MismatchedInputException shape -> {
                return wrongShape(shape);
            }
            case JsonMappingException mapping -> {
                return mapping(mapping);
            }
            case null, default -> {
                // answered below from the exception's own status
            }
        }
        Response original = e.getResponse();
        if (original.getStatus() == 401) {
            return AccessRefused.challenge(AccessRefused.noToken(), "Bearer");
        }
        if (original.getStatus() == 403) {
            return AccessRefused.reason(e.getMessage()).map(AccessRefused::notYours)
                    .orElseGet(() -> AccessRefused.forbidden(List.of())).toResponse();
        }
        if (original.hasEntity()) {
            return original;
        }
        Status status = Status.fromStatusCode(original.getStatus());
        String slug = status == null ? "http-" + original.getStatus()
                : status.name().toLowerCase().replace('_', '-');
        return Response.fromResponse(Problem.of(status == null ? Status.BAD_REQUEST : status, slug,
                status == null ? "HTTP " + original.getStatus() : status.getReasonPhrase(), e.getMessage()).toResponse())
                .status(original.getStatus()).build();
    }

    /** Anything else is the platform's fault, never the caller's: said plainly, with an id to find it in the log. */
    @ServerExceptionMapper(priority = FIRST + 2)
    public Response unexpected(RuntimeException e) {
        return failure(e);
    }

    @ServerExceptionMapper(priority = FIRST + 2)
    public Response unexpected(SQLException e) {
        return failure(e);
    }

    /** A database connection not free in time (Agroal's acquisition timeout) is overload, not a fault: 503, retry. */
    private static Response failure(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().contains("acquisition timeout")) {
                LOG.warnf("no database connection free in time: answered 503 (%s)", e);
                return Response.fromResponse(Problem.of(Status.SERVICE_UNAVAILABLE, "overloaded", "Busy",
                        "the service's database connections are all in use; nothing was done: try again in "
                                + InFlightLimit.RETRY_AFTER_SECONDS + " second").toResponse())
                        .header("Retry-After", InFlightLimit.RETRY_AFTER_SECONDS).build();
            }
        }
        String id = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s", id);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal-error", "Something went wrong on our side",
                "the request could not be completed; try again, and if it persists report error id " + id).toResponse();
    }

    private static Response badJson(JsonMappingException e, String rule, String message) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String name = field.isEmpty() ? "body" : field;
        return Problem.of(Status.BAD_REQUEST, "invalid-field", "Invalid " + name, name + ": " + message)
                .withField(name, rule).toResponse();
    }

    /** Where a parser stood, as the caller wrote it, e.g. {@code offences[0].}; empty at the top level. */
    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext parent = context.getParent(); parent != null && !parent.inRoot();
                parent = parent.getParent()) {
            path.insert(0, parent.inArray() ? "[" + parent.getCurrentIndex() + "]." : parent.getCurrentName() + ".");
        }
        return path.toString().replace(".[", "[");
    }

    /** The property the caller wrote, e.g. {@code offences[0].offenceCode}, without Java method and parameter names. */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String last = "body";
        for (Path.Node node : path) {
            last = node.getName() == null ? last : node.getName();
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? last : field.toString();
    }

    private static String rule(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}
