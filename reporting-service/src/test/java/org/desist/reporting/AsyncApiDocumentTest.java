package org.desist.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.desist.eventstore.audit.Checkpoints;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.consume.DeadLetters;
import org.desist.reporting.delivery.CourtReportEvent;
import org.desist.reporting.report.ReportEvent;
import org.desist.reporting.request.CourtHearingsConsumer;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document lists the delivery and what court systems send, and none of the private report events. */
class AsyncApiDocumentTest {

    @Test
    void theDeliveryAndTheCourtsEventsAreDocumented_draftsAreNot() throws IOException {
        String document = document();
        Arrays.stream(CourtReportEvent.class.getPermittedSubclasses())
                .forEach(c -> assertThat(document).contains("name: \"" + c.getAnnotation(EventType.class).value() + "\""));
        assertThat(document).contains("address: \"desist.court-reports\"", "address: \"desist.court-hearings\"",
                "name: \"" + CourtHearingsConsumer.HEARING_RESULTED + "\"",
                "name: \"" + CourtHearingsConsumer.REPORT_RECEIVED + "\"");
        Arrays.stream(ReportEvent.class.getPermittedSubclasses())
                .forEach(c -> assertThat(document).doesNotContain(c.getAnnotation(EventType.class).value()));
    }

    @Test
    void theAuditCheckpointsAndTheDeadLetterTopicAreDocumented() throws IOException {
        assertThat(document()).contains("address: \"desist.audit.checkpoints\"", "name: \"" + Checkpoints.TYPE + "\"",
                "address: \"desist.reporting.dead-letters\"", DeadLetters.REASON_HEADER + ":");
    }

    private static String document() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/META-INF/resources/asyncapi.yaml")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
