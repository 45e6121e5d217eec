package org.desist.gateway.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.desist.gateway.GatewayConfig;
import org.desist.gateway.http.Problem;

/**
 * {@code GET /access-log?crn=&user=&from=&to=}: every service's access log of reads of people's records, gathered
 * into one list, newest first, each entry naming its service. The caller's token goes to each service, which decides
 * (auditors only); services that do not answer are named under {@code unavailable} rather than holding the list up.
 */
@ApplicationScoped
public class GatheredAccessLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GatewayConfig config;
    private final BearerAccess bearer;
    private HttpClient client;

    GatheredAccessLog(GatewayConfig config, BearerAccess bearer) {
        this.config = config;
        this.bearer = bearer;
    }

    void install(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient();
        router.get("/access-log").handler(bearer::authenticate).handler(this::serve);
    }

    private record Part(String service, int status, JsonNode entries) {
    }

    private void serve(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        String query = context.request().query();
        List<Future<Part>> parts = new ArrayList<>();
        config.routes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(route -> parts.add(
                fetch(route.getValue().service(), URI.create(route.getValue().url()), query, authorization,
                        route.getValue().timeout().toMillis())));
        Future.join(parts).onComplete(done -> {
            List<Part> answered = parts.stream().map(Future::result).toList();
            if (answered.stream().noneMatch(p -> p.status() == 200)
                    && answered.stream().anyMatch(p -> p.status() == 401 || p.status() == 403)) {
                Problem.of(403, "forbidden", "Not allowed", "the access log is for auditors").answer(context.response());
                return;
            }
            List<ObjectNode> entries = new ArrayList<>();
            ArrayNode unavailable = JSON.createArrayNode();
            for (Part part : answered) {
                if (part.status() != 200 || !part.entries().isArray()) {
                    unavailable.add(part.service());
                    continue;
                }
                part.entries().forEach(entry -> entries.add(((ObjectNode) entry).put("service", part.service())));
            }
            entries.sort(Comparator.comparing((ObjectNode e) -> e.path("at").asText()).reversed());
            ObjectNode body = JSON.createObjectNode();
            body.set("entries", JSON.createArrayNode().addAll(entries));
            body.set("unavailable", unavailable);
            context.response().putHeader("Content-Type", "application/json").end(body.toString());
        });
    }

    private Future<Part> fetch(String service, URI origin, String query, String authorization, long timeoutMs) {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(origin.getHost())
                .setPort(origin.getPort() > 0 ? origin.getPort() : 80).setSsl("https".equals(origin.getScheme()))
                .setURI("/access-log" + (query == null || query.isEmpty() ? "" : "?" + query))
                .putHeader("Accept", "application/json").putHeader("Authorization", authorization)
                .setConnectTimeout(timeoutMs).setIdleTimeout(timeoutMs);
        return client.request(request).compose(r -> r.send()).compose(response -> response.body().map(body -> {
                    try {
                        return new Part(service, response.statusCode(), response.statusCode() == 200
                                ? JSON.readTree(body.getBytes()) : JSON.createArrayNode());
                    } catch (java.io.IOException e) {
                        return new Part(service, 502, JSON.createArrayNode());
                    }
                }))
                .recover(failure -> Future.succeededFuture(new Part(service, 503, JSON.createArrayNode())));
    }
}
