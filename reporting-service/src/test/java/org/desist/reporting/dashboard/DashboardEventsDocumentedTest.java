package org.desist.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.desist.eventstore.access.CaseAccessFeed;
import org.junit.jupiter.api.Test;

/** reporting-service's AsyncAPI document lists every event the dashboard consumes, on the topic it comes from. */
class DashboardEventsDocumentedTest {

    @Test
    void everyEventTheDashboardConsumesIsDocumented_withItsTopics() throws IOException {
        String document;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/asyncapi.yaml")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // a court's request is reporting-service's own event, never on these topics: the kernel's feed names it for others
        DashboardConsumer.WANTED.stream().filter(type -> !CaseAccessFeed.COURT_REQUESTED.equals(type))
                .forEach(type -> assertThat(document).contains("name: \"" + type + "\""));
        assertThat(document).contains("address: \"desist.case.events\"", "address: \"desist.risk.events\"",
                "address: \"desist.case.monitoring\"", "dashboard_person_monitored:");
    }
}
