package org.desist.eventstore.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Only access tokens the realm issued for the platform open it: not ID tokens, not opaque strings, not nothing. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_edge_test"))
class PlatformTokensTest {

    @Test
    void anAccessTokenForThePlatformOpensIt() {
        given().auth().oauth2(Tokens.of("auditor")).when().get("/admin/audit/verify").then().statusCode(200);
    }

    @Test
    void anIdTokenIsRefused() {
        refused("Bearer " + Tokens.idToken("auditor"));
    }

    @Test
    void aGarbageBearerIsRefusedWithoutAnErrorInTheLog() {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            refused("Bearer not-a-token-at-all");
            refused("Bearer a.b.c");
        } finally {
            root.removeHandler(handler);
        }
        assertThat(errors).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void anEmptyBearerIsRefused() {
        refused("Bearer ");
        refused("Bearer");
        refused("Bearer    ");
    }

    private static void refused(String authorization) {
        given().header("Authorization", authorization).when().get("/admin/audit/verify")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("status", equalTo(401));
    }
}
