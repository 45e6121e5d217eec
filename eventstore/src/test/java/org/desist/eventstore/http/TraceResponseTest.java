package org.desist.eventstore.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A service continues the caller's trace with a span of its own, and names it in traceresponse, refusals included. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_edge_test"))
class TraceResponseTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Test
    void theCallersTraceIsContinuedWithTheServicesOwnSpan() {
        String answered = given().header("traceparent", "00-" + TRACE + "-" + CALLER_SPAN + "-01").when()
                .get("/test-only/edge/segments/a").then().statusCode(200).extract().header("traceresponse");

        assertThat(answered).matches("00-" + TRACE + "-[0-9a-f]{16}-01").doesNotContain(CALLER_SPAN);
    }

    @Test
    void aRefusalNamesItsTraceToo_soThatItCanBeQuoted() {
        String answered = given().header("traceparent", "00-" + TRACE + "-" + CALLER_SPAN + "-01")
                .auth().oauth2(Tokens.of("officer")).when().get("/access-log").then().statusCode(403)
                .extract().header("traceresponse");

        assertThat(answered).startsWith("00-" + TRACE + "-");
    }

    @Test
    void withoutATraceparentAServiceStartsATrace() {
        String answered = given().when().get("/test-only/edge/segments/b").then().statusCode(200).extract()
                .header("traceresponse");

        assertThat(answered).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }
}
