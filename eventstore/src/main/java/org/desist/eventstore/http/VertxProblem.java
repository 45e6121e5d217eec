package org.desist.eventstore.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

/** A problem answered from the Vert.x layer, before or outside Jakarta REST, in the same shape as {@link ProblemMappers}'. */
final class VertxProblem {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VertxProblem() {
    }

    static void answer(RoutingContext context, Problem problem) {
        if (context.response().ended() || context.response().closed()) {
            return;
        }
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (context.response().headWritten()) {
            context.response().end();
            return;
        }
        context.response().setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body);
    }
}
