package org.desist.gateway.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.desist.gateway.GatewayConfig;
import org.desist.gateway.http.Problem;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Only a caller with a valid platform access token goes further (Keycloak's signature, audience and token type, as the
 * services check them), or one without a token to an operation the platform leaves open; the token itself is passed on
 * unchanged and the services check it again.
 */
@ApplicationScoped
public class BearerAccess {

    /** Where the caller's verified token is kept on the routing context for the handlers after this one. */
    public static final String TOKEN = "desist.gateway.token";
    private static final String INVALID = "Bearer error=\"invalid_token\"";
    private static final Logger LOG = Logger.getLogger(BearerAccess.class);

    private final PublicOperations open;

    BearerAccess(GatewayConfig config) {
        this.open = new PublicOperations(config.publicOperations().orElse(List.of()));
    }

    public void authenticate(RoutingContext context) {
        if (context.request().getHeader("Authorization") == null
                && open.contains(context.request().method().name(), context.normalizedPath())) {
            context.next();
            return;
        }
        if (context.request().getHeader("Authorization") == null) {
            refuse(context, Problem.of(401, "unauthenticated", "Unauthenticated",
                    "no bearer token: send Authorization: Bearer <access token> from the platform's Keycloak realm"), "Bearer");
            return;
        }
        // Quarkus would answer a refused token with an empty 401; this answer is the problem instead.
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER,
                (BiConsumer<RoutingContext, Throwable>) (ignored, failure) -> refuse(context, invalid(), INVALID));
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(identity -> {
            Optional<JsonWebToken> token = token(identity);
            if (token.isEmpty()) {
                refuse(context, invalid(), INVALID);
                return;
            }
            context.put(TOKEN, token.get());
            context.next();
        }, failure -> {
            LOG.debugf("token refused: %s", failure.toString());
            refuse(context, invalid(), INVALID);
        });
    }

    private static Optional<JsonWebToken> token(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        return Optional.of(jwt);
    }

    private static Problem invalid() {
        return Problem.of(401, "invalid-token", "Unauthenticated",
                "the bearer token is not a valid access token for the platform (expired, altered, or from elsewhere): "
                        + "get a new one from the platform's Keycloak realm");
    }

    private static void refuse(RoutingContext context, Problem problem, String challenge) {
        if (context.response().headWritten()) {
            return;
        }
        context.response().putHeader("WWW-Authenticate", challenge);
        problem.answer(context.response());
    }
}
