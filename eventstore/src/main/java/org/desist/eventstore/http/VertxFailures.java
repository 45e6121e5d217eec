package org.desist.eventstore.http;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/**
 * Failures that happen in Vert.x, before Jakarta REST sees the request — a body over the server's limit, a refusal by
 * the HTTP security layer — are answered as problems too, instead of with Vert.x's empty bodies.
 */
@ApplicationScoped
public class VertxFailures {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationFailedException) {
            context.response().putHeader(AccessRefused.CHALLENGE, "Bearer error=\"invalid_token\"");
            VertxProblem.answer(context, AccessRefused.tokenRefused("not valid for the platform"));
        } else if (failure instanceof UnauthorizedException) {
            context.response().putHeader(AccessRefused.CHALLENGE, "Bearer");
            VertxProblem.answer(context, AccessRefused.noToken());
        } else if (failure instanceof ForbiddenException) {
            VertxProblem.answer(context, AccessRefused.forbidden(List.of()));
        } else if (failure == null && context.statusCode() >= 400) {
            Status status = Status.fromStatusCode(context.statusCode());
            String title = status == null ? "HTTP " + context.statusCode() : status.getReasonPhrase();
            String slug = status == null ? "http-" + context.statusCode() : status.name().toLowerCase().replace('_', '-');
            String detail = context.statusCode() == 413 ? "the request body is over the server's limit: shorten it"
                    : title.toLowerCase();
            VertxProblem.answer(context, new Problem("https://desist.dev/problems/" + slug, title, context.statusCode(),
                    detail, null, null, null, null));
        } else {
            context.next();
        }
    }
}
