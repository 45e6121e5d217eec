package org.desist.eventstore.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.eventstore.access.Access.Granted;
import org.desist.eventstore.access.Access.Refused;
import org.desist.eventstore.access.CaseAccess.Restriction;
import org.desist.eventstore.access.CaseAccess.Sharing;
import org.junit.jupiter.api.Test;

/** Need-to-know (001; 002 6.1-6.7), given the case's access facts, when a reader asks, then granted or refused. */
class AccessRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final Reader OFFICER = staff("officer", Reader.OFFICER, "N01");
    static final Reader SENIOR = staff("senior", Reader.SENIOR, "N01");
    static final Reader OTHER_TEAM_OFFICER = staff("officer-n02", Reader.OFFICER, "N02");
    static final Reader AUDITOR = new Reader("auditor", Optional.empty(), Set.of(Reader.AUDITOR), Optional.empty(),
            Optional.empty(), Optional.empty());
    static final Reader POLICE = new Reader("partner-police", Optional.empty(), Set.of(Reader.PARTNER), Optional.empty(),
            Optional.of("police-1"), Optional.empty());
    static final Reader POP = new Reader("pop", Optional.empty(), Set.of(Reader.PERSON_ON_PROBATION), Optional.empty(),
            Optional.empty(), Optional.of("X000001"));

    static Reader staff(String subject, String role, String team) {
        return new Reader(subject, Optional.empty(), Set.of(role), Optional.of(team), Optional.empty(), Optional.empty());
    }

    static CaseAccess allocated(String crn, String staffId, String team) {
        return new CaseAccess(crn, Optional.of(staffId), Optional.of(team), Optional.empty(), false, List.of());
    }

    static Access decide(Reader reader, CaseAccess access, Part part, String purpose) {
        return AccessRules.decide(reader, access, part, Optional.ofNullable(purpose), TODAY);
    }

    @Test
    void anOfficerOpensTheirOwnAndTheirTeamsCases_needToKnow_001() {
        assertThat(decide(OFFICER, allocated("X1", "officer", "N01"), Part.RECORD, null))
                .isEqualTo(new Granted("allocated", Optional.empty()));
        assertThat(decide(OFFICER, allocated("X1", "someone", "N01"), Part.CONTACTS, null))
                .isEqualTo(new Granted("team", Optional.empty()));
        assertThat(decide(SENIOR, allocated("X1", "someone", "N01"), Part.RISK, null))
                .isEqualTo(new Granted("team", Optional.empty()));
    }

    @Test
    void anotherTeamsCaseNeedsADeclaredPurposeAndIsThenBreakGlass_needToKnow_001() {
        CaseAccess theirs = allocated("X1", "officer", "N01");

        assertThat(decide(OTHER_TEAM_OFFICER, theirs, Part.RECORD, null)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.status()).isEqualTo(403));
        assertThat(decide(OTHER_TEAM_OFFICER, theirs, Part.RECORD, "  ")).isInstanceOf(Refused.class);
        assertThat(decide(OTHER_TEAM_OFFICER, theirs, Part.RECORD, "duty cover"))
                .isEqualTo(new Granted("break-glass", Optional.of("duty cover")));
    }

    @Test
    void theAuditorReadsCaseContentOnlyWithAPurpose() {
        assertThat(decide(AUDITOR, allocated("X1", "officer", "N01"), Part.HISTORY, null)).isInstanceOf(Refused.class);
        assertThat(decide(AUDITOR, CaseAccess.unknown("X1"), Part.HISTORY, null)).isInstanceOf(Refused.class);
        assertThat(decide(AUDITOR, allocated("X1", "officer", "N01"), Part.HISTORY, "complaint 42"))
                .isInstanceOf(Granted.class);
    }

    @Test
    void anUnallocatedCaseIsOpenToOfficersSoThatItCanBeAllocated() {
        assertThat(decide(OTHER_TEAM_OFFICER, CaseAccess.unknown("X1"), Part.RECORD, null))
                .isEqualTo(new Granted("unallocated", Optional.empty()));
    }

    @Test
    void anExcludedOrNotListedMemberOfStaffIsRefusedEvenWithAPurpose_limitedAccess() {
        Restriction excluded = new Restriction(Set.of("officer"), Set.of(), TODAY.minusDays(1), Optional.empty(),
                "contact the case's manager");
        CaseAccess excluding = new CaseAccess("X1", Optional.of("someone"), Optional.of("N01"), Optional.of(excluded),
                false, List.of());
        Restriction restricted = new Restriction(Set.of(), Set.of("senior"), TODAY, Optional.of(TODAY), "ask the senior");
        CaseAccess restricting = new CaseAccess("X1", Optional.of("someone"), Optional.of("N01"), Optional.of(restricted),
                false, List.of());

        assertThat(decide(OFFICER, excluding, Part.RECORD, "duty cover")).isEqualTo(
                new Refused(403, "case-excluded", "contact the case's manager"));
        assertThat(decide(SENIOR, excluding, Part.RECORD, null)).isInstanceOf(Granted.class);
        assertThat(decide(OFFICER, restricting, Part.RECORD, "duty cover")).isEqualTo(
                new Refused(403, "case-restricted", "ask the senior"));
        assertThat(decide(SENIOR, restricting, Part.RECORD, null)).isEqualTo(new Granted("restricted-to", Optional.empty()));
    }

    @Test
    void aRestrictionOutsideItsDatesKeepsNobodyOut() {
        Restriction past = new Restriction(Set.of("officer"), Set.of(), TODAY.minusDays(10), Optional.of(TODAY.minusDays(1)),
                "ended");
        Restriction future = new Restriction(Set.of("officer"), Set.of(), TODAY.plusDays(1), Optional.empty(), "later");
        for (Restriction restriction : List.of(past, future)) {
            CaseAccess access = new CaseAccess("X1", Optional.of("officer"), Optional.of("N01"), Optional.of(restriction),
                    false, List.of());
            assertThat(decide(OFFICER, access, Part.RECORD, null)).isInstanceOf(Granted.class);
        }
    }

    @Test
    void aPartnerSeesOnlyWhatAnAgreementInForceSharesWithTheirAgency_andOtherwiseNothingExists_001_consent() {
        UUID agreement = UUID.randomUUID();
        Sharing appointments = new Sharing(agreement, "police-1", Set.of("APPOINTMENTS"), "CONSENT", TODAY, false);
        CaseAccess shared = new CaseAccess("X1", Optional.of("officer"), Optional.of("N01"), Optional.empty(), false,
                List.of(appointments));

        assertThat(decide(POLICE, shared, Part.APPOINTMENTS, null))
                .isEqualTo(new Granted("sharing-agreement " + agreement, Optional.empty()));
        assertThat(decide(POLICE, shared, Part.RISK_SUMMARY, null)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.status()).isEqualTo(404));
        assertThat(decide(POLICE, shared, Part.VICTIMS, null)).isInstanceOf(Refused.class);
        assertThat(decide(POLICE, allocated("X2", "officer", "N01"), Part.APPOINTMENTS, null))
                .isEqualTo(new Refused(404, "not-found", "no person X2 is known to you"));
        Reader housing = new Reader("partner-housing", Optional.empty(), Set.of(Reader.PARTNER), Optional.empty(),
                Optional.of("housing-1"), Optional.empty());
        assertThat(decide(housing, shared, Part.APPOINTMENTS, null)).isInstanceOf(Refused.class);
    }

    @Test
    void anExpiredOrWithdrawnAgreementSharesNothing_andARestrictedCaseIsClosedToPartners() {
        Sharing expired = new Sharing(UUID.randomUUID(), "police-1", Set.of("APPOINTMENTS"), "CONSENT",
                TODAY.minusDays(1), false);
        Sharing withdrawn = new Sharing(UUID.randomUUID(), "police-1", Set.of("APPOINTMENTS"), "CONSENT", TODAY, true);
        Sharing current = new Sharing(UUID.randomUUID(), "police-1", Set.of("APPOINTMENTS"), "CONSENT", TODAY, false);
        Restriction restriction = new Restriction(Set.of("someone"), Set.of(), TODAY, Optional.empty(), "limited");

        assertThat(decide(POLICE, new CaseAccess("X1", Optional.empty(), Optional.empty(), Optional.empty(), false,
                List.of(expired, withdrawn)), Part.APPOINTMENTS, null)).isInstanceOf(Refused.class);
        assertThat(decide(POLICE, new CaseAccess("X1", Optional.empty(), Optional.empty(), Optional.of(restriction), false,
                List.of(current)), Part.APPOINTMENTS, null)).isInstanceOfSatisfying(Refused.class,
                        r -> assertThat(r.status()).isEqualTo(404));
    }

    @Test
    void thePersonOnProbationSeesOnlyTheirOwnAppointmentsSentenceAndPlan() {
        assertThat(decide(POP, allocated("X000001", "officer", "N01"), Part.APPOINTMENTS, null)).isInstanceOf(Granted.class);
        assertThat(decide(POP, allocated("X000001", "officer", "N01"), Part.SENTENCE_PLAN, null)).isInstanceOf(Granted.class);
        assertThat(decide(POP, allocated("X000001", "officer", "N01"), Part.RISK, null)).isInstanceOfSatisfying(
                Refused.class, r -> assertThat(r.status()).isEqualTo(404));
        assertThat(decide(POP, allocated("X000001", "officer", "N01"), Part.VICTIMS, null)).isInstanceOf(Refused.class);
        assertThat(decide(POP, allocated("X000002", "officer", "N01"), Part.APPOINTMENTS, null)).isInstanceOfSatisfying(
                Refused.class, r -> assertThat(r.status()).isEqualTo(404));
    }

    @Test
    void victimRecordsStayWithTheStaffWhoWorkWithVictims() {
        Reader court = staff("court", Reader.COURT_LIAISON, "N01");
        assertThat(decide(court, CaseAccess.unknown("X1"), Part.VICTIMS, "curious")).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.rule()).isEqualTo("victim-work"));
        assertThat(decide(OFFICER, allocated("X1", "officer", "N01"), Part.VICTIMS, null)).isInstanceOf(Granted.class);
    }

    @Test
    void courtLiaisonOpensCasesWithACourtRequest() {
        Reader court = staff("court", Reader.COURT_LIAISON, "N01");
        CaseAccess requested = new CaseAccess("X1", Optional.of("officer"), Optional.of("N01"), Optional.empty(), true,
                List.of());
        assertThat(decide(court, requested, Part.CRIMINAL_HISTORY, null))
                .isEqualTo(new Granted("court-request", Optional.empty()));
        assertThat(decide(court, allocated("X1", "officer", "N01"), Part.CRIMINAL_HISTORY, null)).isInstanceOf(Refused.class);
    }

    @Test
    void aPartnerRecordsItsOwnContactOnACaseSharedInAnyScopeButReadsNoContacts_000_4_2() {
        UUID agreement = UUID.randomUUID();
        Sharing plan = new Sharing(agreement, "police-1", Set.of("SENTENCE_PLAN"), "CONSENT", TODAY, false);
        CaseAccess shared = new CaseAccess("X1", Optional.of("officer"), Optional.of("N01"), Optional.empty(), false,
                List.of(plan));

        assertThat(AccessRules.decideWrite(POLICE, shared, Part.CONTACTS, Optional.empty(), TODAY))
                .isEqualTo(new Granted("sharing-agreement " + agreement, Optional.empty()));
        assertThat(decide(POLICE, shared, Part.CONTACTS, null)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.status()).isEqualTo(404));
        // another agency, an ended agreement, or limited access: the case is not disclosed
        Reader housing = new Reader("partner-housing", Optional.empty(), Set.of(Reader.PARTNER), Optional.empty(),
                Optional.of("housing-1"), Optional.empty());
        assertThat(AccessRules.decideWrite(housing, shared, Part.CONTACTS, Optional.empty(), TODAY))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.status()).isEqualTo(404));
        CaseAccess ended = new CaseAccess("X1", Optional.empty(), Optional.empty(), Optional.empty(), false,
                List.of(new Sharing(agreement, "police-1", Set.of("SENTENCE_PLAN"), "CONSENT", TODAY, true)));
        assertThat(AccessRules.decideWrite(POLICE, ended, Part.CONTACTS, Optional.empty(), TODAY))
                .isInstanceOf(Refused.class);
        CaseAccess limited = new CaseAccess("X1", Optional.empty(), Optional.empty(), Optional.of(new Restriction(
                Set.of("someone"), Set.of(), TODAY, Optional.empty(), "ask the manager")), false, List.of(plan));
        assertThat(AccessRules.decideWrite(POLICE, limited, Part.CONTACTS, Optional.empty(), TODAY))
                .isInstanceOf(Refused.class);
        // a write of another part is judged as its read: the referral outcome needs SENTENCE_PLAN in scope
        assertThat(AccessRules.decideWrite(POLICE, shared, Part.APPOINTMENTS, Optional.empty(), TODAY))
                .isInstanceOf(Refused.class);
    }

    @Test
    void limitedAccessKeepsOutTheExcludedAndTheUnlistedStaff_andNobodyElseOfTheStaff_needToKnow_001_limitedAccess() {
        Restriction excluding = new Restriction(Set.of("officer"), Set.of(), TODAY, Optional.empty(),
                "contact the case's manager");
        Restriction restricting = new Restriction(Set.of(), Set.of("senior"), TODAY, Optional.empty(),
                "ask the senior");
        Reader conduct = staff("conduct", "conduct-officer", "N09");

        assertThat(AccessRules.keptOut(OFFICER, limited("X1", excluding), TODAY))
                .contains(new Refused(403, "case-excluded", "contact the case's manager"));
        assertThat(AccessRules.keptOut(conduct, limited("X1", excluding), TODAY)).isEmpty();
        assertThat(AccessRules.keptOut(conduct, limited("X1", restricting), TODAY))
                .contains(new Refused(403, "case-restricted", "ask the senior"));
        assertThat(AccessRules.keptOut(SENIOR, limited("X1", restricting), TODAY)).isEmpty();
        // the caseload is no part of it: an officer of another team is not kept out of an unrestricted case
        assertThat(AccessRules.keptOut(OTHER_TEAM_OFFICER, allocated("X1", "officer", "N01"), TODAY)).isEmpty();
    }

    @Test
    void limitedAccessKeepsOutEveryReaderWhoIsNotStaff_failingClosed_needToKnow_001_limitedAccess() {
        CaseAccess limited = limited("X000001", new Restriction(Set.of("someone"), Set.of(), TODAY, Optional.empty(),
                "ask the manager"));
        Reader system = new Reader("service-account-reports", Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
        Reader board = new Reader("board", Optional.empty(), Set.of("board-member"), Optional.empty(), Optional.empty(),
                Optional.empty());

        for (Reader outsider : List.of(system, board, POLICE)) {
            assertThat(AccessRules.keptOut(outsider, limited, TODAY)).hasValueSatisfying(
                    r -> assertThat(r.status()).isEqualTo(404));
            assertThat(decide(outsider, limited, Part.RECORD, "urgent")).isInstanceOf(Refused.class);
        }
        // the person on probation is not kept from their own record by lists about staff
        assertThat(AccessRules.keptOut(POP, limited, TODAY)).isEmpty();
        assertThat(AccessRules.keptOut(POP, limited("X000002", limited.restriction().orElseThrow()), TODAY))
                .isPresent();
    }

    @Test
    void limitedAccessOutsideItsDatesOrWithEmptyListsKeepsNobodyOut_needToKnow_001_limitedAccess() {
        Restriction ended = new Restriction(Set.of("officer"), Set.of(), TODAY.minusDays(10),
                Optional.of(TODAY.minusDays(1)), "ended");
        Restriction lifted = new Restriction(Set.of(), Set.of(), TODAY.minusDays(1), Optional.empty(), "");
        Restriction future = new Restriction(Set.of("officer"), Set.of(), TODAY.plusDays(1), Optional.empty(), "later");
        for (Restriction restriction : List.of(ended, lifted, future)) {
            assertThat(AccessRules.keptOut(OFFICER, limited("X1", restriction), TODAY)).isEmpty();
            assertThat(AccessRules.keptOut(POLICE, limited("X1", restriction), TODAY)).isEmpty();
        }
    }

    static CaseAccess limited(String crn, Restriction restriction) {
        return new CaseAccess(crn, Optional.of("someone"), Optional.of("N01"), Optional.of(restriction), false,
                List.of());
    }
}
