package org.desist.conduct.access;

import static org.desist.conduct.Calls.get;
import static org.desist.conduct.Calls.post;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.eventstore.access.PersonMatchKey;
import org.desist.testing.CloudEventWriter;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

/**
 * Limited access (issue 13, restricted and excluded cases) in conduct-service's views of a CRN: learnt from
 * case-service's {@code probation-case.access.restricted}, it withholds the CRN from the staff it keeps out — conduct
 * roles and the declarer alike — and shows it to everyone else, until it is lifted.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class LimitedAccessTest {

    private static final String CASE_TOPIC = "desist.case.events.for-conduct.test";
    private static final Random RANDOM = new Random();

    @Inject
    PersonMatchKey matchKeys;

    @Test
    void registersWithholdACaseFromTheStaffItsLimitedAccessKeepsOut_untilLifted_needToKnow_001_limitedAccess()
            throws Exception {
        String crn = "L" + (100_000 + RANDOM.nextInt(900_000));
        String gift = "a card " + UUID.randomUUID();
        post("officer", "/gifts", """
                {"staffId": "officer", "kind": "GIFT", "donorType": "SERVICE_USER", "crn": "%s", "description": "%s",
                 "value": 5, "offeredAt": "2026-11-20T15:00:00Z", "decision": "ACCEPTED"}""".formatted(crn, gift))
                .statusCode(409);
        String declaration = post("officer", "/declarations/relationships", """
                {"staffId": "officer", "crn": "%s", "relationship": "FAMILY", "details": "my cousin"}"""
                .formatted(crn)).statusCode(201).extract().path("declarationId");
        String executorship = post("officer", "/outside-work", """
                {"staffId": "officer", "kind": "EXECUTORSHIP", "description": "my late neighbour's estate",
                 "crn": "%s"}""".formatted(crn)).statusCode(201).extract().path("requestId");
        String lastName = "Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

        try (CloudEventWriter caseService = new CloudEventWriter(CASE_TOPIC, "/desist/case-service")) {
            caseService.send(UUID.randomUUID(), "probation-case.person.registered", crn, 1, """
                    {"crn": "%s", "dateOfBirth": "1990-05-06", "sex": "MALE", "matchKey": "%s"}""".formatted(crn,
                    matchKeys.of("Sam " + lastName, LocalDate.of(1990, 5, 6)).orElseThrow()));
            caseService.send(UUID.randomUUID(), "probation-case.access.restricted", crn, 2, """
                    {"excluded": ["conduct", "officer"], "restrictedTo": [], "from": "%s", "until": null,
                     "message": "ask the case's manager, Local Senior"}""".formatted(today()));
        }
        String withheld = "limited access: ask the case's manager, Local Senior";

        await(() -> get("conduct", "/gifts").statusCode(200), "find { it.description == '%s' }.crnWithheld"
                .formatted(gift), withheld);
        get("conduct", "/gifts").body("find { it.description == '%s' }.crn".formatted(gift), nullValue());
        get("conduct", "/declarations?staffId=officer").statusCode(200)
                .body(item(declaration, "declarationId", "crn"), nullValue())
                .body(item(declaration, "declarationId", "crnWithheld"), equalTo(withheld))
                .body(item(declaration, "declarationId", "details"), equalTo("my cousin"));
        get("conduct", "/outside-work/officer").statusCode(200)
                .body("requests.'%s'.crn".formatted(executorship), nullValue())
                .body("requests.'%s'.crnWithheld".formatted(executorship), equalTo(withheld))
                .body("requests.'%s'.description".formatted(executorship), equalTo("my late neighbour's estate"));
        // the declarer's own records: the declaration stands, the case is withheld from them too
        get("officer", "/declarations/mine").statusCode(200)
                .body(item(declaration, "declarationId", "crn"), nullValue())
                .body(item(declaration, "declarationId", "crnWithheld"), equalTo(withheld));
        get("officer", "/gifts/mine").statusCode(200)
                .body("find { it.description == '%s' }.crn".formatted(gift), nullValue());
        get("officer", "/outside-work/mine").statusCode(200)
                .body("requests.'%s'.crnWithheld".formatted(executorship), equalTo(withheld));

        // staff the lists leave out see the case: the line manager, the board's secretary, the chief executive
        get("senior", "/declarations?staffId=officer").statusCode(200)
                .body(item(declaration, "declarationId", "crn"), equalTo(crn))
                .body(item(declaration, "declarationId", "crnWithheld"), nullValue());
        get("board-secretary", "/gifts").statusCode(200)
                .body("find { it.description == '%s' }.crn".formatted(gift), equalTo(crn))
                .body("find { it.description == '%s' }.crnWithheld".formatted(gift), nullValue());
        get("chief", "/outside-work/officer").statusCode(200)
                .body("requests.'%s'.crn".formatted(executorship), equalTo(crn));

        // a kept-out member of staff still declares a conflict on the case and still reports a gift from the person
        post("officer", "/declarations/relationships", """
                {"staffId": "officer", "crn": "%s", "relationship": "SOCIAL", "details": "we were at school"}"""
                .formatted(crn)).statusCode(201);
        post("officer", "/gifts", """
                {"staffId": "officer", "kind": "GIFT", "donorType": "OTHER", "description": "flowers",
                 "value": 5, "offeredAt": "2026-11-20T15:00:00Z", "decision": "ACCEPTED",
                 "donor": {"name": "Sam %s", "dateOfBirth": "1990-05-06"}}""".formatted(lastName)).statusCode(409)
                .body("detail", allOf(containsString("the person's contact log"), not(containsString(crn))));

        try (CloudEventWriter caseService = new CloudEventWriter(CASE_TOPIC, "/desist/case-service")) {
            caseService.send(UUID.randomUUID(), "probation-case.access.restricted", crn, 3, """
                    {"excluded": [], "restrictedTo": [], "from": "%s", "until": null, "message": ""}"""
                    .formatted(today()));
        }
        await(() -> get("conduct", "/gifts").statusCode(200), "find { it.description == '%s' }.crn".formatted(gift),
                crn);
        get("conduct", "/declarations?staffId=officer").body(item(declaration, "declarationId", "crn"), equalTo(crn))
                .body(item(declaration, "declarationId", "crnWithheld"), nullValue());
        get("officer", "/outside-work/mine").body("requests.'%s'.crn".formatted(executorship), equalTo(crn));
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    private static String item(String id, String key, String field) {
        return "find { it.%s == '%s' }.%s".formatted(key, id, field);
    }

    /** Asks again until conduct-service has consumed case-service's events and the path says what is expected. */
    private static void await(Supplier<ValidatableResponse> ask, String path, String expected)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!expected.equals(ask.get().extract().path(path)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        ask.get().body(path, equalTo(expected));
    }
}
