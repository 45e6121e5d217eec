package org.desist.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.desist.eventstore.EventStore;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * HTTP optimistic concurrency on the person's record: each write answers the record's version after it as the ETag,
 * and a write made on a version since overtaken is refused (409 stale-version) and writes nothing.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class VersionedWritesTest {

    private static final String MAPPA = """
            {"type": "MAPPA", "category": 2, "level": 2, "reviewDate": "2027-03-01", "notes": "level 2 management"}""";

    @Inject
    EventStore store;

    @Test
    void aRegistrationAnswersTheNewVersion_andAStaleIfMatchIsRefusedAndWritesNothing() {
        String crn = CaseApi.register();
        String read = CaseApi.get("/people/" + crn).statusCode(200).extract().header("ETag");

        String written = withIfMatch(read, "/people/" + crn + "/registrations", MAPPA).statusCode(201)
                .extract().header("ETag");
        assertThat(written).isEqualTo(etag(store.currentVersion(crn))).isNotEqualTo(read);

        withIfMatch(read, "/people/" + crn + "/registrations", MAPPA.replace("MAPPA\", \"category\": 2, \"level\": 2",
                "DOMESTIC_ABUSE\"")).statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("stale-version")).body("field", equalTo("If-Match"));
        assertThat(etag(store.currentVersion(crn))).isEqualTo(written);
        CaseApi.get("/people/" + crn + "/registrations").statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void aCorrectionAnswersTheNewVersion_andOneOnAStaleVersionIsRefusedAndWritesNothing_000_8_6() {
        String crn = CaseApi.register();
        var recorded = CaseApi.recordContact(crn, CaseApi.contact("ATTENDED_COMPLIED")).statusCode(201).extract();
        String read = recorded.header("ETag");
        String corrections = "/people/" + crn + "/contacts/" + recorded.path("id") + "/corrections";

        String corrected = withIfMatch(read, corrections, "{\"reason\": \"typo\", \"notes\": \"discussed housing\"}")
                .statusCode(201).extract().header("ETag");
        assertThat(corrected).isEqualTo(etag(store.currentVersion(crn))).isNotEqualTo(read);

        withIfMatch(read, corrections, "{\"reason\": \"another typo\", \"notes\": \"discussed work\"}").statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("stale-version"));
        assertThat(etag(store.currentVersion(crn))).isEqualTo(corrected);
        CaseApi.get("/people/" + crn + "/contacts").statusCode(200).body("[0].notes", equalTo("discussed housing"))
                .body("[0].corrections", equalTo(1));
    }

    @Test
    void aSentenceAnswers201WithItsAddressAndTheNewVersion_andATerminationOnAStaleVersionIsRefused() {
        String crn = CaseApi.register();
        String read = CaseApi.get("/people/" + crn).statusCode(200).extract().header("ETag");

        var recorded = withIfMatch(read, "/people/" + crn + "/sentences", CaseApi.COMMUNITY_ORDER).statusCode(201)
                .header("Location", containsString("/people/" + crn + "/sentences/")).extract();
        String sentenced = recorded.header("ETag");
        assertThat(sentenced).isEqualTo(etag(store.currentVersion(crn)));

        String termination = "/people/" + crn + "/sentences/" + recorded.path("sentenceId") + "/termination";
        String terminate = "{\"reason\": \"COMPLETED\", \"terminatedOn\": \"2026-06-01\", \"rationale\": \"all done\"}";
        withIfMatch(read, termination, terminate).statusCode(409).body("type", endsWith("stale-version"));
        assertThat(etag(store.currentVersion(crn))).isEqualTo(sentenced);
        String terminated = withIfMatch(sentenced, termination, terminate).statusCode(204).extract().header("ETag");
        assertThat(terminated).isEqualTo(etag(store.currentVersion(crn))).isNotEqualTo(sentenced);
    }

    private static ValidatableResponse withIfMatch(String etag, String path, String json) {
        return given().auth().oauth2(Tokens.of("officer")).header("If-Match", etag).contentType(ContentType.JSON)
                .body(json).when().post(path).then();
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
