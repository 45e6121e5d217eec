package org.desist.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.desist.testing.LocalPlatform;

/**
 * Real HTTP upstreams for the gateway's tests, and the real Keycloak: case and risk are small Vert.x servers that echo
 * what reached them and serve an OpenAPI document; conduct's port has nothing listening (a service that is down);
 * reports accepts connections and never answers (a service that hangs).
 */
public class Upstreams implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        LocalPlatform.ensureInfrastructure();
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        config.put("desist.gateway.routes.case.url", "http://localhost:" + listen(echo("case-service")));
        config.put("desist.gateway.routes.risk.url", "http://localhost:" + listen(echo("risk-service")));
        config.put("desist.gateway.routes.conduct.url", "http://localhost:" + closedPort());
        config.put("desist.gateway.routes.reports.url", "http://localhost:" + listen(request -> {
            // never answers
        }));
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private int listen(io.vertx.core.Handler<HttpServerRequest> handler) {
        HttpServer server = vertx.createHttpServer().requestHandler(handler);
        return server.listen(0).toCompletionStage().toCompletableFuture().join().actualPort();
    }

    private static io.vertx.core.Handler<HttpServerRequest> echo(String service) {
        return request -> {
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end(openApi(service).encode());
                return;
            }
            if (request.path().equals("/access-log")) {
                // one read a service, case-service's the older, as the services' access logs answer
                String at = service.equals("case-service") ? "2026-11-30T10:00:00Z" : "2026-11-30T11:00:00Z";
                request.response().putHeader("Content-Type", "application/json").end(new io.vertx.core.json.JsonArray()
                        .add(new JsonObject().put("at", at).put("crn", request.getParam("crn"))
                                .put("subject", "partner-police").put("granted", true)
                                .put("authorization", request.getHeader("Authorization"))).encode());
                return;
            }
            request.body().onSuccess(body -> request.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("ETag", "\"7\"")
                    .end(new JsonObject()
                            .put("service", service)
                            .put("method", request.method().name())
                            .put("uri", request.uri())
                            .put("authorization", request.getHeader("Authorization"))
                            .put("traceparent", request.getHeader("traceparent"))
                            .put("body", body.toString())
                            .encode()));
        };
    }

    /** A small document per service; both name a schema Problem, differently, as real services might. */
    private static JsonObject openApi(String service) {
        String person = service.equals("case-service") ? "/people/{crn}" : "/people/{crn}/tier";
        return new JsonObject("""
                {"openapi": "3.1.0", "info": {"title": "Desist %s", "version": "1"},
                 "servers": [{"url": "http://localhost:1"}],
                 "paths": {"%s": {"get": {"operationId": "read", "responses": {"200": {"description": "ok"},
                   "404": {"description": "no such person", "content": {"application/problem+json":
                     {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
                 "components": {"schemas": {"Problem": {"type": "object", "description": "%s's problem"}},
                   "securitySchemes": {"SecurityScheme": {"type": "http", "scheme": "bearer"}}}}
                """.formatted(service, person, service));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
