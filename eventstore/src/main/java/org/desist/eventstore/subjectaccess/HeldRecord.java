package org.desist.eventstore.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One thing a service holds about the person, as their subject access answer shows it: what it is (the event type),
 * when it happened and was recorded, by whom (role and team, see {@link Redaction#staff}), and its details with third
 * parties left out or redacted.
 */
public record HeldRecord(String what, Instant occurredAt, Instant recordedAt, String recordedBy, JsonNode details) {
}
