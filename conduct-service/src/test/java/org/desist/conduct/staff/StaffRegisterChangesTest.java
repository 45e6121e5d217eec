package org.desist.conduct.staff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.desist.conduct.Calls.TOPIC;
import static org.desist.conduct.Calls.get;
import static org.desist.conduct.Calls.header;
import static org.desist.conduct.Calls.post;
import static org.desist.conduct.Calls.unique;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.testing.LocalPlatform;
import org.desist.testing.TopicReader;
import org.junit.jupiter.api.Test;

/** The staff register kept in step with joiners, moves, reorganisations and leavers, each change an event. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class StaffRegisterChangesTest {

    @Inject
    EventStore store;

    @Test
    void aReorganisationMovesSeveralStaffInOneCommandEachMoveAnEventWithItsActor() {
        String team = unique("t");
        String a = join("chief", team, "senior");
        String b = join("chief", team, "senior");
        String c = join("conduct", team, "senior");
        post("officer", "/staff", joining(unique("x"), team, "senior")).statusCode(403);
        post("senior", "/staff/reorganisations", "{\"reason\": \"x\", \"moves\": [{\"staffId\": \"%s\", \"team\": \"N09\"}]}"
                .formatted(a)).statusCode(403);

        String reorganisation = post("chief", "/staff/reorganisations", """
                {"reason": "teams merged", "moves": [{"staffId": "%s", "team": "%s-2", "lineManager": "chief"},
                                                     {"staffId": "%s", "team": "%s-2"}]}""".formatted(a, team, b, team))
                .statusCode(201).body("moves", equalTo(2)).extract().path("reorganisationId");

        get("conduct", "/staff/" + a).statusCode(200).body("team", equalTo(team + "-2")).body("lineManager", equalTo("chief"));
        get("conduct", "/staff/" + b).statusCode(200).body("team", equalTo(team + "-2")).body("lineManager", equalTo("senior"));
        get("conduct", "/staff/" + c).statusCode(200).body("team", equalTo(team)).body("lineManager", equalTo("senior"));
        for (String moved : List.of(a, b)) {
            List<StoredEvent> stream = store.readStream(moved);
            assertThat(stream).extracting(StoredEvent::type)
                    .containsExactly("conduct.staff-member.registered", "conduct.staff-member.moved");
            StoredEvent move = stream.getLast();
            assertThat(move.payload().path("reorganisationId").asText()).isEqualTo(reorganisation);
            assertThat(move.payload().path("previousTeam").asText()).isEqualTo(team);
            assertThat(move.actor().subject()).isEqualTo("chief");
            assertThat(move.actor().role()).isEqualTo("chief-executive");
            assertThat(move.rationale()).contains("teams merged");
        }
        assertThat(store.readStream(c)).extracting(StoredEvent::type).containsExactly("conduct.staff-member.registered");

        try (TopicReader topic = new TopicReader(TOPIC)) {
            List<ConsumerRecord<String, String>> published = topic.await(r -> header(r, "ce_type")
                    .equals("conduct.staff-member.moved") && r.value().contains(reorganisation), 2, Duration.ofSeconds(30));
            assertThat(published).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(a, b);
        }
    }

    @Test
    void aReorganisationWithARefusedMoveLeavesEveryoneWhereTheyWere() {
        String team = unique("t");
        String a = join("chief", team, "senior");
        String b = join("chief", team, "senior");

        post("chief", "/staff/reorganisations", """
                {"reason": "swap", "moves": [{"staffId": "%s", "lineManager": "%s"}, {"staffId": "%s", "lineManager": "%s"}]}"""
                .formatted(a, b, b, a)).statusCode(409).body("type", endsWith("line-management-cycle"));
        post("chief", "/staff/reorganisations", """
                {"reason": "x", "moves": [{"staffId": "%s", "team": "N09"}, {"staffId": "nobody-at-all", "team": "N09"}]}"""
                .formatted(a)).statusCode(404);
        post("chief", "/staff/reorganisations", """
                {"reason": "x", "moves": [{"staffId": "%s", "team": "N09"}, {"staffId": "%s", "team": "N08"}]}"""
                .formatted(a, a)).statusCode(400).body("field", equalTo("moves[1].staffId"));
        post("chief", "/staff/reorganisations", "{\"reason\": \"x\", \"moves\": [{\"staffId\": \"%s\"}]}".formatted(a))
                .statusCode(400).body("field", equalTo("moves[0]"));
        post("chief", "/staff/reorganisations", "{\"reason\": \"x\", \"moves\": []}").statusCode(400)
                .body("field", equalTo("moves"));
        post("chief", "/staff/" + a + "/moves", "{\"lineManager\": \"%s\", \"reason\": \"x\"}".formatted(a)).statusCode(409)
                .body("type", endsWith("line-management-cycle"));

        for (String member : List.of(a, b)) {
            get("conduct", "/staff/" + member).statusCode(200).body("team", equalTo(team)).body("lineManager", equalTo("senior"));
            assertThat(store.readStream(member)).hasSize(1);
        }
    }

    @Test
    void lineManagerAccessFollowsTheNewLineManagerAfterAMove_002_7_5() {
        String member = join("conduct", unique("t"), "senior");
        String id = post("conduct", "/declarations/relationships", """
                {"staffId": "%s", "crn": "K000123", "relationship": "SOCIAL", "details": "neighbours"}""".formatted(member))
                .statusCode(201).extract().path("declarationId");
        get("senior", "/declarations?staffId=" + member).statusCode(200)
                .body("find { it.declarationId == '" + id + "' }.crn", equalTo("K000123"));
        get("chief", "/declarations?staffId=" + member).statusCode(403);

        post("conduct", "/staff/" + member + "/moves", "{\"lineManager\": \"chief\", \"reason\": \"moved to headquarters\"}")
                .statusCode(201);

        get("chief", "/declarations?staffId=" + member).statusCode(200)
                .body("find { it.declarationId == '" + id + "' }.crn", equalTo("K000123"));
        get("senior", "/declarations?staffId=" + member).statusCode(403);
        String review = "{\"decision\": \"NO_FURTHER_ACTION\", \"rationale\": \"no case in common\"}";
        post("senior", "/declarations/" + id + "/review", review).statusCode(403);
        post("chief", "/declarations/" + id + "/review", review).statusCode(201);
        get("conduct", "/declarations?staffId=" + member).statusCode(200)
                .body("find { it.declarationId == '" + id + "' }.decidedBy", equalTo("chief"));
        assertThat(store.readStream(member)).extracting(StoredEvent::type).containsExactly(
                "conduct.staff-member.registered", "conduct.relationship.declared", "conduct.staff-member.moved");
        assertThat(store.readStream("staff-private:" + member)).extracting(StoredEvent::type)
                .containsExactly("conduct.declaration.reviewed");
    }

    @Test
    void aLeaverStaysOnTheRegisterButNobodyMayAnswerToThemOrMoveThem() {
        String team = unique("t");
        String manager = join("chief", team, "chief");
        String report = join("chief", team, manager);
        String leaving = "{\"leftOn\": \"%s\", \"reason\": \"resigned\"}".formatted(LocalDate.now());

        post("conduct", "/staff/" + manager + "/leaving", leaving).statusCode(409).body("type", endsWith("still-line-manages"));
        post("conduct", "/staff/" + report + "/moves", "{\"lineManager\": \"senior\", \"reason\": \"manager leaving\"}")
                .statusCode(201);
        post("officer", "/staff/" + manager + "/leaving", leaving).statusCode(403);
        post("conduct", "/staff/" + manager + "/leaving", leaving).statusCode(201);

        get("chief", "/staff/" + manager).statusCode(200).body("leftOn", equalTo(LocalDate.now().toString()));
        get("chief", "/staff/" + report).statusCode(200).body("leftOn", nullValue());
        post("conduct", "/staff/" + manager + "/leaving", leaving).statusCode(409).body("type", endsWith("staff-member-left"));
        post("conduct", "/staff/" + manager + "/moves", "{\"team\": \"N02\", \"reason\": \"x\"}").statusCode(409)
                .body("type", endsWith("staff-member-left"));
        post("conduct", "/staff/" + report + "/moves", "{\"lineManager\": \"%s\", \"reason\": \"x\"}".formatted(manager))
                .statusCode(409).body("type", endsWith("line-manager-left"));
        post("chief", "/staff", joining(unique("x"), team, manager)).statusCode(409).body("type", endsWith("line-manager-left"));
        post("chief", "/staff", joining(manager, team, "chief")).statusCode(409).body("type", endsWith("already-on-register"));
        assertThat(store.readStream(manager).getLast().type()).isEqualTo("conduct.staff-member.left");

        String course = unique("course");
        post("conduct", "/training/requirements", """
                {"course": "%s", "roles": ["probation-officer"], "validityMonths": 12}""".formatted(course)).statusCode(201);
        get("conduct", "/training/overdue").statusCode(200)
                .body("findAll { it.course == '" + course + "' }.staffId", hasItem(report))
                .body("findAll { it.course == '" + course + "' }.staffId", not(hasItem(manager)));
    }

    @Test
    void badStaffChangesAreNamed() {
        post("chief", "/staff", "{\"staffId\": \"Not A Staff Id\", \"name\": \"x\", \"role\": \"probation-officer\"}")
                .statusCode(400).body("field", equalTo("staffId"));
        post("chief", "/staff", joining(unique("x"), "N01", "nobody-at-all")).statusCode(404);
        post("chief", "/staff/nobody-at-all/moves", "{\"team\": \"N02\", \"reason\": \"x\"}").statusCode(404);
        post("chief", "/staff/officer/moves", "{\"reason\": \"x\"}").statusCode(400).body("field", equalTo("body"));
        post("chief", "/staff/officer/leaving", "{\"leftOn\": \"2999-01-01\", \"reason\": \"x\"}").statusCode(400)
                .body("field", equalTo("leftOn"));
        given().contentType(ContentType.JSON).body("{}").when().post("/staff/reorganisations").then().statusCode(401);
    }

    /** Registers a new member of staff through the API and answers their id. */
    private static String join(String by, String team, String lineManager) {
        String id = unique("s");
        post(by, "/staff", joining(id, team, lineManager)).statusCode(201).body("staffId", notNullValue());
        return id;
    }

    private static String joining(String id, String team, String lineManager) {
        return """
                {"staffId": "%s", "name": "Test %s", "role": "probation-officer", "team": "%s", "lineManager": "%s"}"""
                .formatted(id, id, team, lineManager);
    }
}
