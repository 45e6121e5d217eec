package org.desist.reporting.dashboard;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A browser opening the dashboard signs in through Keycloak's authorization-code flow (the {@code browser} tenant, a
 * web application with a session cookie); a request carrying a bearer token, to the dashboard's data or anything
 * else, is checked as every other API call is (the default tenant, a service).
 */
@ApplicationScoped
public class DashboardTenant implements TenantResolver {

    // not named after a path segment: Quarkus would otherwise pick it by the path alone, bearer or not
    static final String TENANT = "browser";

    @Override
    public String resolve(RoutingContext context) {
        String path = context.normalizedPath();
        boolean dashboard = path.equals("/dashboard") || path.startsWith("/dashboard/");
        String authorization = context.request().getHeader("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        return dashboard && !bearer ? TENANT : null;
    }
}
