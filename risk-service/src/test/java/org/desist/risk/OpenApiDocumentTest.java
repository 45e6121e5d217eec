package org.desist.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.desist.testing.LocalPlatform;
import org.desist.testing.OpenApiAnswers;
import org.junit.jupiter.api.Test;

/** risk-service's OpenAPI document lists each operation's real answers, and every write its If-Match and ETag. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_risk_test"))
class OpenApiDocumentTest {

    @Test
    void everyWriteListsItsSuccessConflictIfMatchAndETag_andEveryOperationItsProblems() {
        // the OGRS3 calculator is a calculation, not a write: it records nothing
        assertThat(OpenApiAnswers.missing(Set.of("POST /predictors/ogrs3"))).isEmpty();
    }
}
