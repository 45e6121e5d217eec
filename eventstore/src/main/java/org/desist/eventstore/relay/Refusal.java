package org.desist.eventstore.relay;

import java.util.UUID;

/** An event Kafka refused for good (too large, an invalid topic, no authorisation): the relay cannot pass it. */
public record Refusal(long position, UUID eventId, String reason) {
}
