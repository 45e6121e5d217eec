package org.desist.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.desist.testing.LocalPlatform;
import org.desist.testing.OpenApiAnswers;
import org.junit.jupiter.api.Test;

/** conduct-service's OpenAPI document lists each operation's real answers, and every write its If-Match and ETag. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class OpenApiDocumentTest {

    @Test
    void everyWriteListsItsSuccessConflictIfMatchAndETag_andEveryOperationItsProblems() {
        // each starts a record of its own (a reorganisation spans many): there is no version to have read yet
        assertThat(OpenApiAnswers.missing(Set.of("POST /disclosures", "POST /board/failure-reports", "POST /misconduct",
                "POST /staff", "POST /staff/reorganisations"))).isEmpty();
    }
}
