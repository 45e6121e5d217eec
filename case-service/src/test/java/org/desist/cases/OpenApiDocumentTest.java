package org.desist.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.desist.testing.LocalPlatform;
import org.desist.testing.OpenApiAnswers;
import org.junit.jupiter.api.Test;

/** case-service's OpenAPI document lists each operation's real answers, and every write its If-Match and ETag. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class OpenApiDocumentTest {

    @Test
    void everyWriteListsItsSuccessConflictIfMatchAndETag_andEveryOperationItsProblems() {
        // registering starts a record: there is no version to have read yet, so it takes no If-Match
        assertThat(OpenApiAnswers.missing(Set.of("POST /people"))).isEmpty();
    }
}
