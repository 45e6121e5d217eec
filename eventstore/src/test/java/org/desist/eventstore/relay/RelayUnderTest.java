package org.desist.eventstore.relay;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The relay running as in production, on short clocks, so that outages, refusals and failovers show in seconds. */
public class RelayUnderTest implements QuarkusTestProfile {

    static final String PRIVATE_TYPE = "test-private";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "desist.eventstore.relay.enabled", "true",
                "desist.eventstore.relay.failover-interval", "200ms",
                "desist.eventstore.relay.delivery-timeout", "3s",
                "desist.eventstore.relay.refused-backoff", "300ms",
                "desist.eventstore.relay.max-lag", "2s",
                "desist.eventstore.relay.private-stream-types", PRIVATE_TYPE);
    }
}
