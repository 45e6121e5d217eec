package org.desist.eventstore.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * A bearer that cannot be a signed JWT (empty, or not three base64url parts) is refused at once with a 401 problem:
 * it never reaches the OIDC layer, so it costs no call to Keycloak and no error in the log.
 */
@ApplicationScoped
public class BearerShape {

    private static final Pattern SCHEME = Pattern.compile("(?i)bearer(\\s.*)?");
    private static final Pattern JWS = Pattern.compile("[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]{2,}");

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String authorization = context.request().getHeader("Authorization");
            if (authorization != null && SCHEME.matcher(authorization.strip()).matches()) {
                String token = authorization.strip().substring("bearer".length()).strip();
                if (token.isEmpty() || !JWS.matcher(token).matches()) {
                    context.response().putHeader(AccessRefused.CHALLENGE, "Bearer error=\"invalid_token\"");
                    VertxProblem.answer(context, AccessRefused.tokenRefused(token.isEmpty()
                            ? "no token after Bearer" : "not a signed token (a JWT)"));
                    return;
                }
            }
            context.next();
        }, 1500);
    }
}
