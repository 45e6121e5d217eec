package org.desist.reporting.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.testing.CloudEventWriter;

/** CloudEvents as case-service publishes them, but recorded on a day the test chooses (its ce_time): history to count. */
final class DatedEvents implements AutoCloseable {

    private final CloudEventWriter writer;
    private final String source;

    DatedEvents(String topic, String source) {
        this.writer = new CloudEventWriter(topic, source);
        this.source = source;
    }

    /** Sends the event recorded at noon on the day; answers its id. */
    String send(String type, String crn, long version, LocalDate day, String json) {
        return send(UUID.randomUUID().toString(), type, crn, version, day.atTime(12, 0).toInstant(ZoneOffset.UTC), json);
    }

    String send(String id, String type, String crn, long version, Instant at, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_type", type);
        headers.put("ce_source", source);
        headers.put("ce_subject", crn);
        headers.put("ce_time", at.toString());
        headers.put("ce_streamversion", Long.toString(version));
        headers.put("content-type", "application/json");
        writer.sendRaw(crn, json, headers);
        return id;
    }

    @Override
    public void close() {
        writer.close();
    }
}
