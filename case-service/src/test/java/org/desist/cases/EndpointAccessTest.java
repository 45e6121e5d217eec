package org.desist.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.desist.testing.EndpointSweep;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint in case-service's OpenAPI document refuses a caller without a token (401), and refuses partner
 * agencies and the person on probation a case that is not shared with them or not theirs (403, or 404 undisclosed).
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class EndpointAccessTest {

    @Test
    void everyEndpointNeedsATokenAndAStaffRole() {
        assertThat(EndpointSweep.operations()).isGreaterThan(30);
        assertThat(EndpointSweep.unrefused(CaseApi.register(), List.of("partner-police", "pop"))).isEmpty();
    }
}
