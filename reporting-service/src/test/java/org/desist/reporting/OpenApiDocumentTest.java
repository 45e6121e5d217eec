package org.desist.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.desist.testing.LocalPlatform;
import org.desist.testing.OpenApiAnswers;
import org.junit.jupiter.api.Test;

/** reporting-service's OpenAPI document lists each operation's real answers, and every write its If-Match and ETag. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_reporting_test"))
class OpenApiDocumentTest {

    @Test
    void everyWriteListsItsSuccessConflictIfMatchAndETag_andEveryOperationItsProblems() {
        // A request opens a new report (or subject access request), and a receipt is the court's whatever it last read:
        // none takes If-Match.
        assertThat(OpenApiAnswers.missing(Set.of("POST /court-requests", "POST /reports/{reportId}/acknowledgement",
                "POST /subject-access-requests"))).isEmpty();
    }
}
