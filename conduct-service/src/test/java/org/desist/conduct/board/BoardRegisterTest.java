package org.desist.conduct.board;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.desist.conduct.Calls.TOPIC;
import static org.desist.conduct.Calls.USERS;
import static org.desist.conduct.Calls.get;
import static org.desist.conduct.Calls.header;
import static org.desist.conduct.Calls.post;
import static org.desist.conduct.Calls.unique;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.Test;

/** The board members' register of interests and reports of failure to comply (002_d7d6c09e19b6ddeb.txt board code). */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class BoardRegisterTest {

    @Inject
    EventStore store;

    @Test
    void aBoardMemberDeclaresAmendsAndWithdrawsTheirInterests_002_board_2vi() {
        appointed("board");
        String details = "trustee of a housing charity " + UUID.randomUUID();
        String id = post("board", "/board/interests", """
                {"memberId": "board", "kind": "EMPLOYMENT_OR_OFFICE", "details": "%s", "date": "2026-04-01"}"""
                .formatted(details)).statusCode(201).extract().path("interestId");
        String mine = "find { it.interestId == '" + id + "' }";
        get("board", "/board/interests").statusCode(200).body(mine + ".status", equalTo("DECLARED"))
                .body(mine + ".details", equalTo(details));

        post("board", "/board/interests/board/" + id + "/amendment", """
                {"kind": "EMPLOYMENT_OR_OFFICE", "details": "chair of its trustees", "date": "2026-04-01",
                 "reason": "became chair"}""").statusCode(201);
        get("board", "/board/interests").statusCode(200).body(mine + ".status", equalTo("AMENDED"))
                .body(mine + ".details", equalTo("chair of its trustees"));

        post("board", "/board/interests/board/" + id + "/withdrawal", "{\"endedOn\": \"2026-03-01\", \"reason\": \"x\"}")
                .statusCode(400).body("field", equalTo("endedOn"));
        post("board", "/board/interests/board/" + id + "/withdrawal",
                "{\"endedOn\": \"2026-10-31\", \"reason\": \"stood down\"}").statusCode(201);
        get("board-secretary", "/board/interests?memberId=board").statusCode(200)
                .body(mine + ".status", equalTo("WITHDRAWN")).body(mine + ".endedOn", equalTo("2026-10-31"))
                .body(mine + ".details", equalTo("chair of its trustees"));
        post("board", "/board/interests/board/" + id + "/amendment", """
                {"kind": "FINANCIAL", "details": "x", "date": "2026-04-01", "reason": "x"}""")
                .statusCode(409).body("type", endsWith("board-interest-withdrawn"))
                .body("source", equalTo("002_d7d6c09e19b6ddeb.txt board code 2.vi"));
        post("board", "/board/interests/board/" + UUID.randomUUID() + "/withdrawal",
                "{\"endedOn\": \"2026-10-31\", \"reason\": \"x\"}").statusCode(404);

        List<StoredEvent> events = store.readStream("board-member:board").stream()
                .filter(e -> e.payload().path("interestId").asText().equals(id)).toList();
        assertThat(events).extracting(StoredEvent::type).containsExactly("conduct.board-interest.declared",
                "conduct.board-interest.amended", "conduct.board-interest.withdrawn");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.actor().subject()).isEqualTo("board");
            assertThat(e.actor().role()).isEqualTo("board-member");
        });
        try (TopicReader topic = new TopicReader(TOPIC)) {
            List<ConsumerRecord<String, String>> published = topic.await(r -> r.value().contains(id), 3, Duration.ofSeconds(30));
            assertThat(published).extracting(ConsumerRecord::key).containsOnly("board-member:board");
            assertThat(published).extracting(r -> header(r, "ce_type")).containsExactly("conduct.board-interest.declared",
                    "conduct.board-interest.amended", "conduct.board-interest.withdrawn");
        }
    }

    @Test
    void theSecretaryKeepsTheRegisterAndAMemberReadsOnlyTheirOwn_002_board_8() {
        String member = appointed(unique("bm"));
        String id = post("board-secretary", "/board/interests", """
                {"memberId": "%s", "kind": "OTHER_CIRCUMSTANCE", "details": "spouse appointed to the parole board",
                 "date": "2026-09-01"}""".formatted(member)).statusCode(201).extract().path("interestId");
        get("board-secretary", "/board/interests").statusCode(200)
                .body("find { it.interestId == '" + id + "' }.memberId", equalTo(member));
        get("board", "/board/interests").statusCode(200).body("find { it.interestId == '" + id + "' }", nullValue());
        get("board", "/board/interests?memberId=" + member).statusCode(403);
        post("board", "/board/interests", """
                {"memberId": "%s", "kind": "FINANCIAL", "details": "x", "date": "2026-09-01"}""".formatted(member))
                .statusCode(403);
        post("board", "/board/interests/" + member + "/" + id + "/withdrawal", "{\"endedOn\": \"2026-10-01\", \"reason\": \"x\"}")
                .statusCode(403);
        assertThat(store.readStream("board-member:" + member).getLast().actor().role()).isEqualTo("board-secretary");

        for (String user : USERS) {
            if (!user.equals("board") && !user.equals("board-secretary")) {
                get(user, "/board/interests").statusCode(403);
                post(user, "/board/interests", """
                        {"memberId": "%s", "kind": "FINANCIAL", "details": "x", "date": "2026-09-01"}""".formatted(user))
                        .statusCode(403);
            }
        }
        given().when().get("/board/interests").then().statusCode(401);
        post("board", "/board/interests", "{\"memberId\": \"board\", \"kind\": \"SHARES\", \"details\": \"x\", "
                + "\"date\": \"2026-09-01\"}").statusCode(400).body("field", equalTo("kind"));
    }

    @Test
    void anyoneReportsABoardMembersFailureToComplyAndOnlyTheSecretaryKnowsOfIt_002_board_9() {
        appointed("board");
        String details = "voted on a contract with an undeclared interest " + UUID.randomUUID();
        String id = post("officer", "/board/failure-reports", "{\"memberId\": \"board\", \"details\": \"%s\"}"
                .formatted(details)).statusCode(201).extract().path("reportId");
        post("board", "/board/failure-reports", "{\"memberId\": \"%s\", \"details\": \"x\"}".formatted(unique("nobody")))
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("memberId"))
                .body("rule", equalTo("on-the-board-roster"));
        post("pop", "/board/failure-reports", "{\"memberId\": \"board\", \"details\": \"x\"}").statusCode(403);

        get("board-secretary", "/board/failure-reports").statusCode(200)
                .body("find { it.reportId == '" + id + "' }.reportedBy", equalTo("officer"))
                .body("find { it.reportId == '" + id + "' }.details", equalTo(details));
        get("board-secretary", "/board/failure-reports/" + id).statusCode(200).body("memberId", equalTo("board"));
        String outcome = "{\"outcome\": \"ACTION_BY_LOCAL_BOARD\", \"consulted\": \"BOARD_CHAIR\", \"rationale\": \"admitted\"}";
        for (String user : USERS) {
            if (!user.equals("board-secretary")) {
                get(user, "/board/failure-reports").statusCode(403);
                get(user, "/board/failure-reports/" + id).statusCode(404).contentType("application/problem+json")
                        .body("detail", equalTo("no report " + id));
                post(user, "/board/failure-reports/" + id + "/outcome", outcome).statusCode(404)
                        .body("detail", equalTo("no report " + id));
            }
        }

        post("board-secretary", "/board/failure-reports/" + id + "/outcome",
                "{\"outcome\": \"ACTION_BY_LOCAL_BOARD\", \"rationale\": \"x\"}").statusCode(400).body("field", equalTo("consulted"));
        post("board-secretary", "/board/failure-reports/" + id + "/outcome", outcome).statusCode(201);
        post("board-secretary", "/board/failure-reports/" + id + "/outcome", outcome).statusCode(409)
                .body("type", endsWith("failure-report-concluded"));
        get("board-secretary", "/board/failure-reports/" + id).statusCode(200)
                .body("outcome", equalTo("ACTION_BY_LOCAL_BOARD")).body("consulted", equalTo("BOARD_CHAIR"))
                .body("decidedBy", equalTo("board-secretary"));

        assertThat(store.readStream(id)).extracting(StoredEvent::type)
                .containsExactly("conduct.board-member-failure.reported", "conduct.board-member-failure.concluded");
        assertThat(store.readStream(id).getLast().rationale()).contains("admitted");
        try (TopicReader topic = new TopicReader(TOPIC)) {
            assertThat(topic.drain(r -> header(r, "ce_type").startsWith("conduct.board-member-failure"),
                    Duration.ofSeconds(3))).isEmpty();
        }
    }

    @Test
    void aFailureByTheChiefExecutiveIsForTheSeparateProvision_002_board_9() {
        appointed("chief");
        appointed("board");
        String aboutChief = post("board", "/board/failure-reports", "{\"memberId\": \"chief\", \"details\": \"x\"}")
                .statusCode(201).extract().path("reportId");
        post("board-secretary", "/board/failure-reports/" + aboutChief + "/outcome",
                "{\"outcome\": \"ACTION_BY_LOCAL_BOARD\", \"consulted\": \"NOMS\", \"rationale\": \"x\"}")
                .statusCode(409).body("type", endsWith("chief-executive-separate-provision"))
                .body("source", equalTo("002_d7d6c09e19b6ddeb.txt board code 9"));
        post("board-secretary", "/board/failure-reports/" + aboutChief + "/outcome",
                "{\"outcome\": \"SEPARATE_PROVISION_FOR_CHIEF_EXECUTIVE\", \"consulted\": \"NOMS\", \"rationale\": \"x\"}")
                .statusCode(201);

        String aboutMember = post("officer", "/board/failure-reports", "{\"memberId\": \"board\", \"details\": \"x\"}")
                .statusCode(201).extract().path("reportId");
        post("board-secretary", "/board/failure-reports/" + aboutMember + "/outcome",
                "{\"outcome\": \"SEPARATE_PROVISION_FOR_CHIEF_EXECUTIVE\", \"consulted\": \"NOMS\", \"rationale\": \"x\"}")
                .statusCode(409).body("type", endsWith("chief-executive-separate-provision"));
        post("board-secretary", "/board/failure-reports/" + aboutMember + "/outcome",
                "{\"outcome\": \"REFERRED_TO_NOMS\", \"consulted\": \"NOMS\", \"rationale\": \"x\"}").statusCode(201);
        given().contentType(ContentType.JSON).body("{}").when().post("/board/failure-reports").then().statusCode(401);
    }

    @Test
    void theBoardSecretaryKeepsTheRosterAndTheRegistersNameOnlyMembersOnIt_002_board_2vi_9() {
        String member = unique("bm");
        String declare = """
                {"memberId": "%s", "kind": "FINANCIAL", "details": "shares in a supplier", "date": "2026-05-01"}"""
                .formatted(member);
        post("board-secretary", "/board/interests", declare).statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("memberId")).body("rule", equalTo("on-the-board-roster"));
        assertThat(store.currentVersion("board-member:" + member)).isZero();

        String appointment = "{\"memberId\": \"%s\", \"appointedOn\": \"2026-04-01\"}".formatted(member);
        for (String user : List.of("board", "chief", "conduct")) {
            post(user, "/board/members", appointment).statusCode(403);
        }
        String appointed = post("board-secretary", "/board/members", appointment).statusCode(201)
                .header("Location", endsWith("/board/members/" + member)).extract().header("ETag");
        assertThat(appointed).isEqualTo("\"1\"");
        post("board-secretary", "/board/members", appointment).statusCode(409)
                .body("type", endsWith("already-on-board-roster"));
        post("board-secretary", "/board/interests", declare).statusCode(201);
        get("board", "/board/members").statusCode(200)
                .body("find { it.memberId == '" + member + "' }.serving", equalTo(true));

        String standDown = "{\"stoodDownOn\": \"2026-10-31\"}";
        withIfMatch(appointed, "/board/members/" + member + "/standing-down", standDown).statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("stale-version"))
                .body("field", equalTo("If-Match"));
        assertThat(store.currentVersion("board-member:" + member)).isEqualTo(2);
        String stoodDown = withIfMatch("\"2\"", "/board/members/" + member + "/standing-down", standDown)
                .statusCode(201).extract().header("ETag");
        assertThat(stoodDown).isEqualTo("\"3\"");
        post("board-secretary", "/board/members/" + member + "/standing-down", standDown).statusCode(409)
                .body("type", endsWith("board-member-stood-down"));
        post("board-secretary", "/board/interests", declare).statusCode(409).body("type", endsWith("board-member-stood-down"));
        get("board-secretary", "/board/members").statusCode(200)
                .body("find { it.memberId == '" + member + "' }.serving", equalTo(false))
                .body("find { it.memberId == '" + member + "' }.stoodDownOn", equalTo("2026-10-31"));
        // a failure while they served may still be reported once they have gone
        post("officer", "/board/failure-reports", "{\"memberId\": \"%s\", \"details\": \"x\"}".formatted(member))
                .statusCode(201);
        post("board-secretary", "/board/members/" + unique("nobody") + "/standing-down", standDown).statusCode(404);
        assertThat(store.readStream("board-member:" + member)).extracting(StoredEvent::type).containsExactly(
                "conduct.board-member.appointed", "conduct.board-interest.declared", "conduct.board-member.stood-down");
    }

    private static ValidatableResponse withIfMatch(String etag, String path, String json) {
        return given().auth().oauth2(Tokens.of("board-secretary")).header("If-Match", etag).contentType(ContentType.JSON)
                .body(json).when().post(path).then();
    }

    /** The member on the board's roster: appointed now, or already serving (the local realm's users persist). */
    static String appointed(String member) {
        post("board-secretary", "/board/members", "{\"memberId\": \"%s\", \"appointedOn\": \"2020-01-01\"}"
                .formatted(member)).statusCode(anyOf(equalTo(201), equalTo(409)));
        get("board-secretary", "/board/members").statusCode(200)
                .body("find { it.memberId == '" + member + "' }.serving", equalTo(true));
        return member;
    }
}
