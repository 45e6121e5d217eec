package org.desist.conduct;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.testing.Tokens;

/** What conduct-service's tests say to it, as the local realm's users, and read back from its topic. */
public final class Calls {

    public static final String TOPIC = "desist.conduct.events.conduct-test";

    /** Every local realm user, each holding one role. */
    public static final List<String> USERS = List.of("officer", "senior", "court", "partner-police", "partner-housing", "conduct",
            "disclosure", "chief", "board-secretary", "board", "auditor", "pop");

    private Calls() {
    }

    public static ValidatableResponse post(String user, String path, String json) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(json).when().post(path).then();
    }

    public static ValidatableResponse get(String user, String path) {
        return given().auth().oauth2(Tokens.of(user)).when().get(path).then();
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** An id no other test or run uses, shaped like the realm's user names. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
