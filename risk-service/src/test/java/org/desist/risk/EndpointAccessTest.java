package org.desist.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.desist.testing.EndpointSweep;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

/** Every endpoint in risk-service's OpenAPI document refuses callers without a token, partner agencies and the person. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_risk_test"))
class EndpointAccessTest {

    @Test
    void everyEndpointNeedsATokenAndAStaffRole() {
        assertThat(EndpointSweep.operations()).isGreaterThan(10);
        assertThat(EndpointSweep.unrefused("Z999997", List.of("partner-police", "pop"))).isEmpty();
    }
}
