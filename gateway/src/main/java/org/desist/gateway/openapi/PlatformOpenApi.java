package org.desist.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.desist.gateway.GatewayConfig;
import org.desist.gateway.openapi.OpenApiMerge.ServiceDocument;

/**
 * {@code GET /openapi}: one OpenAPI document for the whole platform, gathered from each service's {@code /q/openapi} at
 * the time of asking (so it never lags a deployment), with Swagger UI at {@code /q/swagger-ui} showing it. A service that
 * does not answer is named in the document rather than holding it up.
 */
@ApplicationScoped
public class PlatformOpenApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GatewayConfig config;
    private HttpClient client;

    PlatformOpenApi(GatewayConfig config) {
        this.config = config;
    }

    void install(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient();
        router.get("/openapi").handler(this::serve);
    }

    private void serve(RoutingContext context) {
        List<Future<ServiceDocument>> documents = new ArrayList<>();
        config.routes().entrySet().stream().filter(route -> route.getValue().openapi())
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(route -> documents.add(fetch(route.getValue().service(), "/api/" + route.getKey(),
                        URI.create(route.getValue().url()), route.getValue().timeout().toMillis())));
        Future.join(documents).onComplete(done -> {
            List<ServiceDocument> gathered = documents.stream().map(Future::result).toList();
            String body = OpenApiMerge.merge(gathered, "Desist platform API").toPrettyString();
            context.response().putHeader("Content-Type", "application/json").end(body);
        });
    }

    private Future<ServiceDocument> fetch(String service, String prefix, URI origin, long timeoutMs) {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(origin.getHost())
                .setPort(origin.getPort() > 0 ? origin.getPort() : 80).setSsl("https".equals(origin.getScheme()))
                .setURI("/q/openapi?format=json").putHeader("Accept", "application/json")
                .setConnectTimeout(timeoutMs).setIdleTimeout(timeoutMs);
        return client.request(request).compose(r -> r.send()).compose(response -> response.body().map(body -> {
                    if (response.statusCode() != 200) {
                        return ServiceDocument.missing(service, prefix, "it answered " + response.statusCode());
                    }
                    try {
                        return ServiceDocument.of(service, prefix, JSON.readTree(body.getBytes()));
                    } catch (java.io.IOException e) {
                        return ServiceDocument.missing(service, prefix, "its document is not JSON");
                    }
                }))
                .recover(failure -> Future.succeededFuture(ServiceDocument.missing(service, prefix, "it did not answer")));
    }
}
