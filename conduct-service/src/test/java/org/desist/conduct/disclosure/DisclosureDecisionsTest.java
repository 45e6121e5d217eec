package org.desist.conduct.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.conduct.disclosure.DisclosureEvent.DisclosureMade;
import org.desist.conduct.disclosure.DisclosureEvent.DisclosureStatusChanged;
import org.desist.conduct.disclosure.DisclosureEvent.InformationAdded;
import org.desist.conduct.disclosure.DisclosureEvent.Status;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a protected disclosure's events, when the disclosure officer moves it on, then the status or the refusal. */
class DisclosureDecisionsTest {

    private static final UUID ID = UUID.randomUUID();
    private static final DisclosureMade MADE = new DisclosureMade(ID, "records altered", "logs backdated",
            List.of("senior"), Optional.empty(), "hash", "disclosure-officer");

    private static Disclosure given(DisclosureEvent... events) {
        return Disclosure.AGGREGATE.fold(List.of(events));
    }

    @Test
    void aDisclosureIsReceivedThenMovedOnWithTheReason_002_8_6() {
        assertThat(given(MADE).status()).isEqualTo(Status.RECEIVED);
        assertThat(given(MADE).changeStatus(ID, Status.UNDER_INVESTIGATION, " logs requested ")).containsExactly(
                new DisclosureStatusChanged(ID, Status.UNDER_INVESTIGATION, "logs requested"));
    }

    @Test
    void informationAddedByTheReporterLeavesTheStatusAsItWas() {
        assertThat(given(MADE, new DisclosureStatusChanged(ID, Status.ESCALATED, "x"), new InformationAdded(ID, "more"))
                .status()).isEqualTo(Status.ESCALATED);
    }

    @Test
    void aClosedDisclosureStaysClosed() {
        assertThatThrownBy(() -> given(MADE, new DisclosureStatusChanged(ID, Status.CLOSED, "resolved"))
                .changeStatus(ID, Status.UNDER_INVESTIGATION, "reopen")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "disclosure-closed");
    }

    @Test
    void aDisclosureGoesToTheDisclosureOfficerWhenNoneOnTheRouteIsImplicated_002_8_6() {
        assertThat(Disclosure.route(Set.of(), false)).isEqualTo(Disclosure.Recipient.DISCLOSURE_OFFICER);
        assertThat(Disclosure.route(Set.of("probation-officer"), false)).isEqualTo(Disclosure.Recipient.DISCLOSURE_OFFICER);
    }

    @Test
    void theChiefExecutiveReceivesItWhenTheDisclosureOfficerOrTheReportersManagementIsImplicated_002_8_6() {
        assertThat(Disclosure.route(Set.of("disclosure-officer"), false)).isEqualTo(Disclosure.Recipient.CHIEF_EXECUTIVE);
        assertThat(Disclosure.route(Set.of("senior-probation-officer"), true)).isEqualTo(Disclosure.Recipient.CHIEF_EXECUTIVE);
    }

    @Test
    void theBoardSecretaryReceivesItWhenTheChiefExecutiveIsImplicatedToo_002_8_6() {
        assertThat(Disclosure.route(Set.of("disclosure-officer", "chief-executive"), true))
                .isEqualTo(Disclosure.Recipient.BOARD_SECRETARY);
        assertThat(Disclosure.route(Set.of("chief-executive"), false)).isEqualTo(Disclosure.Recipient.BOARD_SECRETARY);
    }
}
