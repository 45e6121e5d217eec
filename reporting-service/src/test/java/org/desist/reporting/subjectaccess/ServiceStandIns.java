package org.desist.reporting.subjectaccess;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.desist.testing.LocalPlatform;

/**
 * Small Vert.x HTTP servers standing in for case-, risk- and conduct-service's {@code GET /subject-access-request}
 * (reporting-service's tests cannot start the real ones), with the real PostgreSQL, Kafka and Keycloak. What they
 * answer depends on the CRN's first letter, so that one configuration serves every case:
 * case-service answers 200 with content, risk-service 209; conduct-service answers 503 to the first call about a CRN
 * and 204 to the next (a retry), except for a CRN starting with H, about which it never answers (a timeout), and one
 * starting with R, about which it is unavailable (503) twice, every try of a first gathering, then answers 204.
 * A call without a bearer token is answered 401.
 */
public class ServiceStandIns implements QuarkusTestResourceLifecycleManager {

    /** Every bearer token the stand-ins were called with. */
    static final Set<String> TOKENS = ConcurrentHashMap.newKeySet();
    /** How often case-service's stand-in was asked about each CRN. */
    static final Map<String, AtomicInteger> CASE_CALLS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> CONDUCT_CALLS = new ConcurrentHashMap<>();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        LocalPlatform.ensureInfrastructure();
        vertx = Vertx.vertx();
        return Map.of(
                "desist.subject-access-requests.services.case-service", "http://localhost:" + listen(ServiceStandIns::caseService),
                "desist.subject-access-requests.services.risk-service", "http://localhost:" + listen(request -> answer(request, 209, "")),
                "desist.subject-access-requests.services.conduct-service", "http://localhost:" + listen(ServiceStandIns::conductService));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private int listen(io.vertx.core.Handler<HttpServerRequest> handler) {
        return vertx.createHttpServer().requestHandler(request -> {
            String authorization = request.getHeader("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                answer(request, 401, "");
                return;
            }
            TOKENS.add(authorization.substring("Bearer ".length()));
            handler.handle(request);
        }).listen(0).toCompletionStage().toCompletableFuture().join().actualPort();
    }

    private static void caseService(HttpServerRequest request) {
        String crn = request.getParam("crn");
        CASE_CALLS.computeIfAbsent(crn, c -> new AtomicInteger()).incrementAndGet();
        answer(request, 200, """
                {"content": {"service": "case-service", "crn": "%s",
                  "records": [{"what": "probation-case.person.registered", "occurredAt": "2026-01-05T10:00:00Z",
                               "recordedAt": "2026-01-05T10:00:01Z", "recordedBy": "probation-officer, team N01",
                               "details": {"crn": "%s", "firstName": "Alex", "lastName": "Morgan"}},
                              {"what": "probation-case.contact.recorded", "occurredAt": "2026-02-05T10:00:00Z",
                               "recordedAt": "2026-02-05T10:00:01Z", "recordedBy": "probation-officer, team N01",
                               "details": {"notes": "talked about [third party]", "staffId": "[withheld: third party]"}}],
                  "accessLog": [{"at": "2026-02-06T09:00:00Z", "by": "senior-probation-officer, team N01",
                                 "part": "CONTACTS", "operation": "GET /people/%s/contacts", "granted": true,
                                 "basis": "team"}],
                  "withheld": ["Victims' records are the victims' own and are not included."]}}"""
                .formatted(crn, crn, crn));
    }

    private static void conductService(HttpServerRequest request) {
        String crn = request.getParam("crn");
        if (crn.startsWith("H")) {
            return; // never answers
        }
        int call = CONDUCT_CALLS.computeIfAbsent(crn, c -> new AtomicInteger()).incrementAndGet();
        answer(request, call <= (crn.startsWith("R") ? 2 : 1) ? 503 : 204, "");
    }

    private static void answer(HttpServerRequest request, int status, String body) {
        request.response().setStatusCode(status);
        if (body.isEmpty()) {
            request.response().end();
        } else {
            request.response().putHeader("Content-Type", "application/json").end(body);
        }
    }
}
