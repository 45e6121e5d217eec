package org.desist.conduct.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.conduct.disclosure.DisclosureAccess.Caller;
import org.desist.conduct.disclosure.DisclosureEvent.DisclosureMade;
import org.desist.conduct.disclosure.DisclosureEvent.DisclosureStatusChanged;
import org.desist.conduct.disclosure.DisclosureEvent.InformationAdded;
import org.desist.conduct.disclosure.DisclosureEvent.Status;
import org.desist.conduct.disclosure.DisclosureRouting.Staff;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a protected disclosure's events, when it is made, added to or moved on, then the events or the refusal. */
class DisclosureDecisionsTest {

    private static final UUID ID = UUID.randomUUID();
    private static final DisclosureMade MADE = new DisclosureMade(ID, "records altered", "logs backdated",
            List.of("senior"), Optional.empty(), "hash", "disclosure-officer");
    private static final DisclosureStatusChanged CLOSED = new DisclosureStatusChanged(ID, Status.CLOSED, "resolved");

    /** officer answers to senior, senior to chief; disclosure answers to chief. */
    private static final Map<String, Staff> REGISTER = Map.of(
            "officer", new Staff("probation-officer", Optional.of("senior")),
            "senior", new Staff("senior-probation-officer", Optional.of("chief")),
            "disclosure", new Staff("disclosure-officer", Optional.of("chief")),
            "chief", new Staff("chief-executive", Optional.empty()));

    private static Disclosure given(DisclosureEvent... events) {
        return Disclosure.AGGREGATE.fold(List.of(events));
    }

    private static Recipient routed(Optional<String> reporter, String... implicated) {
        return DisclosureRouting.route(reporter, List.of(implicated), id -> Optional.ofNullable(REGISTER.get(id)));
    }

    @Test
    void aDisclosureIsMadeWithTheReporterSealedOrAbsentAndOnlyTheReceiptsHash_002_8_6() {
        assertThat(given().make(ID, " records altered ", " logs backdated ", List.of("senior"), Optional.empty(), "hash",
                Recipient.DISCLOSURE_OFFICER)).containsExactly(MADE);
        assertThat(given(MADE).status()).isEqualTo(Status.RECEIVED);
        assertThatThrownBy(() -> given(MADE).make(ID, "x", "y", List.of(), Optional.empty(), "h",
                Recipient.DISCLOSURE_OFFICER)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "disclosure-already-made");
    }

    @Test
    void aDisclosureIsReceivedThenMovedOnWithTheReason_002_8_6() {
        assertThat(given(MADE).changeStatus(Status.UNDER_INVESTIGATION, " logs requested ")).containsExactly(
                new DisclosureStatusChanged(ID, Status.UNDER_INVESTIGATION, "logs requested"));
    }

    @Test
    void theReporterAddsInformationWhichLeavesTheStatusAsItWas() {
        assertThat(given(MADE).addInformation(" more ")).containsExactly(new InformationAdded(ID, "more"));
        assertThat(given(MADE, new DisclosureStatusChanged(ID, Status.ESCALATED, "x"), new InformationAdded(ID, "more"))
                .status()).isEqualTo(Status.ESCALATED);
    }

    @Test
    void aClosedDisclosureStaysClosedAndTakesNoMoreInformation_002_8_6() {
        assertThatThrownBy(() -> given(MADE, CLOSED).changeStatus(Status.UNDER_INVESTIGATION, "reopen"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "disclosure-closed");
        assertThatThrownBy(() -> given(MADE, CLOSED).addInformation("more")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "disclosure-closed");
    }

    @Test
    void aDisclosureGoesToTheDisclosureOfficerWhenNoneOnTheRouteIsImplicated_002_8_6() {
        assertThat(Recipient.route(Set.of(), false)).isEqualTo(Recipient.DISCLOSURE_OFFICER);
        assertThat(Recipient.route(Set.of("probation-officer"), false)).isEqualTo(Recipient.DISCLOSURE_OFFICER);
        assertThat(routed(Optional.of("officer"), "court")).isEqualTo(Recipient.DISCLOSURE_OFFICER);
    }

    @Test
    void theChiefExecutiveReceivesItWhenTheDisclosureOfficerOrTheReportersManagementIsImplicated_002_8_6() {
        assertThat(Recipient.route(Set.of("disclosure-officer"), false)).isEqualTo(Recipient.CHIEF_EXECUTIVE);
        assertThat(Recipient.route(Set.of("senior-probation-officer"), true)).isEqualTo(Recipient.CHIEF_EXECUTIVE);
        assertThat(routed(Optional.empty(), "disclosure")).isEqualTo(Recipient.CHIEF_EXECUTIVE);
        assertThat(routed(Optional.of("officer"), "senior")).isEqualTo(Recipient.CHIEF_EXECUTIVE);
    }

    @Test
    void anAnonymousReporterHasNoLineOfManagementToRouteBy_002_8_6() {
        assertThat(routed(Optional.empty(), "senior")).isEqualTo(Recipient.DISCLOSURE_OFFICER);
    }

    @Test
    void theBoardSecretaryReceivesItWhenTheChiefExecutiveIsImplicatedToo_002_8_6() {
        assertThat(Recipient.route(Set.of("disclosure-officer", "chief-executive"), true))
                .isEqualTo(Recipient.BOARD_SECRETARY);
        assertThat(Recipient.route(Set.of("chief-executive"), false)).isEqualTo(Recipient.BOARD_SECRETARY);
        assertThat(routed(Optional.of("officer"), "chief")).isEqualTo(Recipient.BOARD_SECRETARY);
    }

    @Test
    void onlyTheRecipientNotImplicatedMayKnowOfADisclosure_001() {
        Caller disclosureOfficer = new Caller("disclosure", Set.of("disclosure-officer"));
        assertThat(DisclosureAccess.mayKnow("disclosure-officer", List.of("senior"), disclosureOfficer)).isTrue();
        assertThat(DisclosureAccess.mayKnow("disclosure-officer", List.of("disclosure"), disclosureOfficer)).isFalse();
        assertThat(DisclosureAccess.mayKnow("chief-executive", List.of(), disclosureOfficer)).isFalse();
        assertThat(DisclosureAccess.mayKnow("chief-executive", List.of(), new Caller("chief", Set.of("chief-executive"))))
                .isTrue();
    }
}
