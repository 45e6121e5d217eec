package org.desist.endtoend;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged services and the gateway in front of them, started once for every test class of a failsafe run that
 * extends with this (the root store closes them when the run ends): starting four services costs a minute on 2 cores.
 */
final class RunningPlatform implements BeforeAllCallback {

    /** The services and the gateway, as started for this run. */
    record Services(RunningService caseService, RunningService riskService, RunningService conductService,
            RunningService reportingService, RunningService gateway, int absentPort) implements AutoCloseable {

        List<RunningService> behindTheGateway() {
            return List.of(caseService, riskService, conductService, reportingService);
        }

        @Override
        public void close() {
            for (RunningService service : List.of(gateway, reportingService, conductService, riskService, caseService)) {
                if (service != null) {
                    service.close();
                }
            }
        }
    }

    private static volatile Services services;

    @Override
    public void beforeAll(ExtensionContext context) {
        services = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(RunningPlatform.class, key -> start(), Services.class);
    }

    static Services services() {
        if (services == null) {
            throw new IllegalStateException("extend the test class with RunningPlatform");
        }
        return services;
    }

    static RunningService gateway() {
        return services().gateway();
    }

    private static Services start() {
        LocalPlatform.ensureInfrastructure();
        // Databases made afresh each run, as the topics are: what a run sees is what it did.
        for (String database : List.of("desist_case_e2e", "desist_risk_e2e", "desist_conduct_e2e", "desist_reporting_e2e")) {
            LocalPlatform.recreateDatabase(database);
        }
        // Topics and consumer groups of this run's own, so that nothing else's events are mixed in.
        String caseTopic = "desist.case.events.e2e-" + UUID.randomUUID();
        String riskTopic = "desist.risk.events.e2e-" + UUID.randomUUID();
        String conductTopic = "desist.conduct.events.e2e-" + UUID.randomUUID();
        String courtTopic = "desist.court-reports.e2e-" + UUID.randomUUID();
        RunningService caseService = null;
        RunningService riskService = null;
        RunningService conductService = null;
        RunningService reportingService = null;
        try {
            caseService = RunningService.start("case-service", Map.of(
                    "quarkus.datasource.jdbc.url", LocalPlatform.jdbcUrl("desist_case_e2e"),
                    "desist.eventstore.relay.topic", caseTopic,
                    "mp.messaging.incoming.conduct-events.topic", conductTopic,
                    "mp.messaging.incoming.conduct-events.group.id", group("case-service"),
                    "mp.messaging.incoming.staff-register.topic", conductTopic,
                    "mp.messaging.incoming.staff-register.group.id", group("case-service-staff"),
                    "mp.messaging.incoming.risk-events.topic", riskTopic,
                    "mp.messaging.incoming.risk-events.group.id", group("case-service")));
            riskService = RunningService.start("risk-service", Map.of(
                    "quarkus.datasource.jdbc.url", LocalPlatform.jdbcUrl("desist_risk_e2e"),
                    "desist.eventstore.relay.topic", riskTopic,
                    "mp.messaging.incoming.case-events.topic", caseTopic,
                    "mp.messaging.incoming.case-events.group.id", group("risk-service")));
            conductService = RunningService.start("conduct-service", Map.of(
                    "quarkus.datasource.jdbc.url", LocalPlatform.jdbcUrl("desist_conduct_e2e"),
                    "desist.eventstore.relay.topic", conductTopic,
                    // the local platform's documented key; a real deployment sets DESIST_DISCLOSURES_KEY
                    "desist.disclosures.key", "bG9jYWwtb25seS1kZXNpc3QtZGlzY2xvc3VyZS1rZXk="));
            reportingService = RunningService.start("reporting-service", Map.ofEntries(
                    Map.entry("quarkus.datasource.jdbc.url", LocalPlatform.jdbcUrl("desist_reporting_e2e")),
                    Map.entry("desist.eventstore.relay.topic", courtTopic),
                    Map.entry("mp.messaging.incoming.court-hearings.topic", "desist.court-hearings.e2e-" + UUID.randomUUID()),
                    Map.entry("mp.messaging.incoming.court-hearings.group.id", group("reporting-service")),
                    Map.entry("mp.messaging.incoming.case-events.topic", caseTopic),
                    Map.entry("mp.messaging.incoming.case-events.group.id", group("reporting-service")),
                    Map.entry("mp.messaging.incoming.risk-events.topic", riskTopic),
                    Map.entry("mp.messaging.incoming.risk-events.group.id", group("reporting-service")),
                    Map.entry("mp.messaging.incoming.dashboard-case-events.topic", caseTopic),
                    Map.entry("mp.messaging.incoming.dashboard-case-events.group.id", group("reporting-dashboard")),
                    Map.entry("mp.messaging.incoming.dashboard-risk-events.topic", riskTopic),
                    Map.entry("mp.messaging.incoming.dashboard-risk-events.group.id", group("reporting-dashboard")),
                    Map.entry("desist.eventstore.consume.dead-letter-topic", "desist.reporting.dead-letters.e2e"),
                    Map.entry("desist.subject-access-requests.services.case-service", caseService.url()),
                    Map.entry("desist.subject-access-requests.services.risk-service", riskService.url()),
                    Map.entry("desist.subject-access-requests.services.conduct-service", conductService.url())));
            int absentPort = RunningService.freePort();
            RunningService gateway = RunningService.start("gateway", Map.of(
                    "desist.gateway.routes.case.url", caseService.url(),
                    "desist.gateway.routes.risk.url", riskService.url(),
                    "desist.gateway.routes.conduct.url", conductService.url(),
                    "desist.gateway.routes.reports.url", reportingService.url(),
                    // a service that does not run: the gateway must say so at once
                    "desist.gateway.routes.absent.service", "absent-service",
                    "desist.gateway.routes.absent.url", "http://localhost:" + absentPort,
                    // the sweeps call every operation as each user within a minute or two: far above a person's rate
                    "desist.gateway.rate-limit.requests", "100000"));
            return new Services(caseService, riskService, conductService, reportingService, gateway, absentPort);
        } catch (Exception e) {
            new Services(caseService, riskService, conductService, reportingService, null, 0).close();
            throw new IllegalStateException("the platform did not start: " + e.getMessage(), e);
        }
    }

    private static String group(String consumer) {
        return consumer + "-e2e-" + UUID.randomUUID();
    }
}
