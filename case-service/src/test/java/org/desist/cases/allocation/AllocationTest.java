package org.desist.cases.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.desist.cases.CaseApi;
import org.desist.cases.StaffOnRegister;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.UuidV7;
import org.desist.testing.CloudEventWriter;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Allocation and the conduct register, through conduct-service's events on the real broker. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class AllocationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static CloudEventWriter conductService;

    @Inject
    EventStore store;

    @Inject
    StaffConductFacts facts;

    @BeforeAll
    static void connect() {
        conductService = new CloudEventWriter("desist.conduct.events.test", "/desist/conduct-service");
    }

    @AfterAll
    static void disconnect() {
        conductService.close();
    }

    @Test
    void aCaseIsAllocatedAndReallocatedOnlyWithAReason() {
        String crn = CaseApi.register();
        String staff = newStaff();

        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation(staff, null)).statusCode(200)
                .body("staffId", equalTo(staff)).body("team", equalTo("N01"));
        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation(newStaff(), null))
                .statusCode(400).body("field", equalTo("reason"));
        String next = newStaff();
        Instant beforeReallocation = Instant.now();
        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation(next, "caseload balancing")).statusCode(200);

        CaseApi.get("/people/" + crn + "/allocation").statusCode(200).body("staffId", equalTo(next));
        CaseApi.get("/people/" + crn + "/allocation?asOf=" + beforeReallocation).statusCode(200).body("staffId", equalTo(staff));
        StoredEvent reallocated = store.readStream(crn).getLast();
        assertThat(reallocated.type()).isEqualTo("probation-case.case.reallocated");
        assertThat(reallocated.payload().get("previousStaffId").asText()).isEqualTo(staff);
        assertThat(reallocated.rationale()).contains("caseload balancing");
    }

    @Test
    void anOfficerWhoDeclaredARelationshipIsRefused_002_7_6() {
        String crn = CaseApi.register();
        String staff = newStaff();
        conductService.send(UuidV7.next(), "conduct.relationship.declared", staff, 1, """
                {"staffId": "%s", "crn": "%s", "relationship": "FAMILY", "declaredAt": "%s"}"""
                .formatted(staff, crn, Instant.now()));

        // a later event on the same key shows that the declaration has been consumed
        conductService.send(UuidV7.next(), "conduct.gift-offer.declined", staff, 2, """
                {"staffId": "%s", "crn": "%s", "description": "flowers", "value": 5, "offeredAt": "%s"}"""
                .formatted(staff, crn, Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> CaseApi.get("/people/" + crn + "/contacts").statusCode(200).body("", hasSize(1)));

        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation(staff, null))
                .statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("relationship-declared"))
                .body("source", containsString("002_d7d6c09e19b6ddeb.txt 7.6"));
        assertThat(store.readStream(crn)).extracting(StoredEvent::type)
                .containsExactly("probation-case.person.registered", "probation-case.contact.recorded");
    }

    @Test
    void aDeclarationFromAnotherSystemWithOnlyTheRequiredCloudEventAttributesIsConsumed_002_7_6() {
        String crn = CaseApi.register();
        String staff = newStaff();
        // CloudEvents 1.0 requires only specversion, id (any string), source and type: no time, no subject.
        conductService.sendRaw(staff, """
                {"staffId": "%s", "crn": "%s", "relationship": "FRIEND", "declaredAt": "%s"}"""
                .formatted(staff, crn, Instant.now()), Map.of("ce_specversion", "1.0", "ce_id", "hr-system-" + staff,
                "ce_source", "urn:example:hr-system", "ce_type", "conduct.relationship.declared"));
        // a later event on the same key shows that the declaration has been consumed
        conductService.send(UuidV7.next(), "conduct.gift-offer.declined", staff, 2, """
                {"staffId": "%s", "crn": "%s", "description": "a card", "value": 1, "offeredAt": "%s"}"""
                .formatted(staff, crn, Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> CaseApi.get("/people/" + crn + "/contacts").statusCode(200).body("", hasSize(1)));

        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation(staff, null))
                .statusCode(409).body("type", endsWith("relationship-declared"));
    }

    @Test
    void aDeclarationByTheAllocatedOfficerFlagsTheCaseOnce_002_7_7() {
        String crn = CaseApi.register();
        String staff = newStaff();
        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation(staff, null)).statusCode(200);
        UUID declaration = UuidV7.next();
        String json = """
                {"staffId": "%s", "crn": "%s", "relationship": "SOCIAL", "declaredAt": "%s"}"""
                .formatted(staff, crn, Instant.now());

        conductService.send(declaration, "conduct.relationship.declared", staff, 1, json);
        conductService.send(declaration, "conduct.relationship.declared", staff, 1, json);

        await().atMost(WAIT).untilAsserted(() -> CaseApi.get("/people/" + crn + "/allocation").statusCode(200)
                .body("flaggedForReallocation", equalTo(true)));
        assertThat(store.readStream(crn).stream().filter(e -> e.type().equals("probation-case.case.reallocation-flagged")))
                .singleElement().satisfies(e -> assertThat(e.causationId()).contains(declaration));
    }

    @Test
    void anOfficerWhoseSafeguardingRegistrationIsWithdrawnIsRefusedAndTheirCasesFlagged_002_4_5() {
        String allocated = CaseApi.register();
        String other = CaseApi.register();
        String staff = newStaff();
        CaseApi.put("senior", "/people/" + allocated + "/allocation", allocation(staff, null)).statusCode(200);

        conductService.send(UuidV7.next(), "conduct.safeguarding-registration.withdrawn", staff, 1, """
                {"staffId": "%s", "withdrawnAt": "%s"}""".formatted(staff, Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> CaseApi.get("/people/" + allocated + "/allocation").statusCode(200)
                .body("flaggedForReallocation", equalTo(true)));
        CaseApi.put("senior", "/people/" + other + "/allocation", allocation(staff, null))
                .statusCode(409).body("type", endsWith("safeguarding-registration-withdrawn"));
    }

    @Test
    void anOfficerWhoseDeclarationEndedIsAllocatedThePersonAgain_002_7_6_and_7_7() {
        String crn = CaseApi.register();
        String staff = newStaff();
        UUID declaration = UuidV7.next();
        conductService.send(UuidV7.next(), "conduct.relationship.declared", staff, 1, """
                {"declarationId": "%s", "staffId": "%s", "crn": "%s", "relationship": "FAMILY", "declaredAt": "%s"}"""
                .formatted(declaration, staff, crn, Instant.now()));
        await().atMost(WAIT).until(() -> facts.about(staff, "N01", crn).declaredRelationship().isPresent());
        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation(staff, null)).statusCode(409)
                .body("type", endsWith("relationship-declared"));

        conductService.send(UuidV7.next(), "conduct.relationship.declaration-ended", staff, 2, """
                {"declarationId": "%s", "staffId": "%s", "crn": "%s", "ending": "WITHDRAWN", "supervisionBlockLifted": true}"""
                .formatted(declaration, staff, crn));

        await().atMost(WAIT).until(() -> facts.about(staff, "N01", crn).declaredRelationship().isEmpty());
        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation(staff, null)).statusCode(200)
                .body("staffId", equalTo(staff));
    }

    @Test
    void aDeclarationEndingWhileAnotherAboutThePersonStandsKeepsTheOfficerAway_002_7_6() {
        String crn = CaseApi.register();
        String staff = newStaff();
        conductService.send(UuidV7.next(), "conduct.relationship.declared", staff, 1, """
                {"staffId": "%s", "crn": "%s", "relationship": "FAMILY", "declaredAt": "%s"}"""
                .formatted(staff, crn, Instant.now()));
        conductService.send(UuidV7.next(), "conduct.relationship.declaration-ended", staff, 3, """
                {"declarationId": "%s", "staffId": "%s", "crn": "%s", "ending": "RELATIONSHIP_ENDED",
                 "supervisionBlockLifted": false}""".formatted(UuidV7.next(), staff, crn));
        // a later event on the same key shows that both have been consumed
        conductService.send(UuidV7.next(), "conduct.gift-offer.declined", staff, 4, """
                {"staffId": "%s", "crn": "%s", "description": "flowers", "value": 5, "offeredAt": "%s"}"""
                .formatted(staff, crn, Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> CaseApi.get("/people/" + crn + "/contacts").statusCode(200).body("", hasSize(1)));

        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation(staff, null)).statusCode(409)
                .body("type", endsWith("relationship-declared"));
    }

    @Test
    void anOfficerWhoseSafeguardingRegistrationIsReinstatedIsAllocatedCasesAgain_002_4_5() {
        String crn = CaseApi.register();
        String staff = newStaff();
        conductService.send(UuidV7.next(), "conduct.safeguarding-registration.withdrawn", staff, 2, """
                {"staffId": "%s", "withdrawnAt": "%s"}""".formatted(staff, Instant.now()));
        await().atMost(WAIT).until(() -> facts.about(staff, "N01", crn).safeguardingWithdrawn());

        conductService.send(UuidV7.next(), "conduct.safeguarding-registration.reinstated", staff, 3, """
                {"staffId": "%s", "reinstatedAt": "%s"}""".formatted(staff, Instant.now()));

        await().atMost(WAIT).until(() -> !facts.about(staff, "N01", crn).safeguardingWithdrawn());
        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation(staff, null)).statusCode(200);
    }

    @Test
    void aGiftDeclinedFromAPersonGoesOnTheirContactLog_002_7_4() {
        String crn = CaseApi.register();
        conductService.send(UuidV7.next(), "conduct.gift-offer.declined", "officer", 1, """
                {"staffId": "officer", "crn": "%s", "description": "box of chocolates", "value": 12.50,
                 "offeredAt": "2026-05-01T15:00:00Z"}""".formatted(crn));

        await().atMost(WAIT).untilAsserted(() -> CaseApi.get("/people/" + crn + "/contacts").statusCode(200)
                .body("", hasSize(1))
                .body("[0].type", equalTo("OTHER"))
                .body("[0].notes", containsString("box of chocolates"))
                .body("[0].notes", containsString("7.4")));
        assertThat(store.readStream(crn).getLast().actor().role()).isEqualTo("system");
    }

    @Test
    void allocationIsForStaffAndNamesBadFields() {
        String crn = CaseApi.register();
        CaseApi.put("officer", "/people/" + crn + "/allocation", "{\"team\": \"N01\"}")
                .statusCode(400).body("field", equalTo("staffId"));
        CaseApi.put("partner-housing", "/people/" + crn + "/allocation", allocation("x", null)).statusCode(403);
        CaseApi.put("senior", "/people/Z000000/allocation", allocation("x", null)).statusCode(404);
        CaseApi.get("/people/" + crn + "/allocation").statusCode(200).body("allocated", equalTo(false));
    }

    private static String allocation(String staff, String reason) {
        return reason == null ? "{\"staffId\": \"%s\", \"team\": \"N01\"}".formatted(staff)
                : "{\"staffId\": \"%s\", \"team\": \"N01\", \"reason\": \"%s\"}".formatted(staff, reason);
    }

    /** A member of staff in team N01, once case-service has learnt from conduct-service's event that they joined. */
    private String newStaff() {
        return newStaff("N01");
    }

    private String newStaff(String team) {
        return StaffOnRegister.join(conductService, team);
    }

    @Test
    void aCaseGoesOnlyToAMemberOfStaffOnTheRegisterInTheirTeam() {
        String crn = CaseApi.register();
        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation("<script>alert(1)</script>", null))
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("staffId"));
        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation("staff-never-joined", null))
                .statusCode(400).body("field", equalTo("staffId"));
        String staff = newStaff("N07");
        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation(staff, null)).statusCode(400)
                .body("field", equalTo("team")).body("detail", containsString("N07"));

        conductService.send(UuidV7.next(), "conduct.staff-member.moved", staff, 2, """
                {"staffId": "%s", "team": "N01", "reason": "reorganisation"}""".formatted(staff));
        await().atMost(WAIT).until(() -> facts.member(staff).flatMap(m -> m.team()).filter("N01"::equals).isPresent());
        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation(staff, null)).statusCode(200);

        String leaver = newStaff();
        conductService.send(UuidV7.next(), "conduct.staff-member.left", leaver, 2, """
                {"staffId": "%s", "leftOn": "2026-11-01", "reason": "retired"}""".formatted(leaver));
        await().atMost(WAIT).until(() -> facts.member(leaver).flatMap(m -> m.leftOn()).isPresent());
        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation(leaver, "caseload")).statusCode(409)
                .body("type", endsWith("staff-member-left"));
        CaseApi.get("/people/" + crn + "/allocation").statusCode(200).body("staffId", equalTo(staff));
    }
}
