package org.desist.cases.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.cases.victim.VictimEvent.ConcernActioned;
import org.desist.cases.victim.VictimEvent.ConcernRecorded;
import org.desist.cases.victim.VictimEvent.NotificationDue;
import org.desist.cases.victim.VictimEvent.NotificationKind;
import org.desist.cases.victim.VictimEvent.NotificationSent;
import org.desist.cases.victim.VictimEvent.RepeatVictimisationRiskRecorded;
import org.desist.cases.victim.VictimEvent.RestorativeJusticeConsentRecorded;
import org.desist.cases.victim.VictimEvent.RestorativeJusticeReferralMade;
import org.desist.cases.victim.VictimEvent.RestorativeJusticeReferralRefused;
import org.desist.cases.victim.VictimEvent.SafetyCheckRecorded;
import org.desist.cases.victim.VictimEvent.VictimRegistered;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a case's victim contact events, when a release, a notification, a concern or a referral comes, then these events. */
class VictimContactDecisionsTest {

    private static final LocalDate RELEASE = LocalDate.of(2027, 1, 15);

    private static VictimContact given(VictimEvent... events) {
        return VictimContact.AGGREGATE.fold(List.of(events));
    }

    private static VictimRegistered victim(boolean inContactScheme) {
        return new VictimRegistered(UUID.randomUUID(), "Sam", "01234 567890", inContactScheme);
    }

    // --- victim contact scheme (003)

    @Test
    void aReleaseOwesEachVictimInTheSchemeItsDateAndLicenceConditionsTwoWeeksAhead() {
        VictimRegistered inScheme = victim(true);
        VictimRegistered optedOut = victim(false);

        List<VictimEvent> events = given(inScheme, optedOut).releaseScheduled(RELEASE, "no contact with the victim");

        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOfSatisfying(NotificationDue.class, due -> {
            assertThat(due.victimId()).isEqualTo(inScheme.victimId());
            assertThat(due.dueBy()).isEqualTo(RELEASE.minusDays(14));
        }));
        assertThat(events).map(e -> ((NotificationDue) e).kind())
                .containsExactly(NotificationKind.RELEASE_DATE, NotificationKind.LICENCE_CONDITIONS);
        assertThat(((NotificationDue) events.get(1)).about()).isEqualTo("no contact with the victim");
    }

    @Test
    void aReleaseWithNoVictimInTheSchemeOwesNothing() {
        assertThat(given(victim(false)).releaseScheduled(RELEASE, "x")).isEmpty();
        assertThat(given().releaseScheduled(RELEASE, "x")).isEmpty();
    }

    @Test
    void aNotificationIsSentOnce() {
        VictimRegistered victim = victim(true);
        NotificationDue due = new NotificationDue(UUID.randomUUID(), victim.victimId(), NotificationKind.RELEASE_DATE,
                RELEASE.minusDays(14), "release");
        LocalDate sentOn = RELEASE.minusDays(20);

        assertThat(given(victim, due).notificationSent(due.notificationId(), sentOn))
                .containsExactly(new NotificationSent(due.notificationId(), sentOn));
        assertThatThrownBy(() -> given(victim, due, new NotificationSent(due.notificationId(), sentOn))
                .notificationSent(due.notificationId(), sentOn)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "notification-already-sent");
        assertThatThrownBy(() -> given(victim).notificationSent(UUID.randomUUID(), sentOn))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aConcernIsActedOnOnce() {
        VictimRegistered victim = victim(true);
        ConcernRecorded concern = new ConcernRecorded(UUID.randomUUID(), victim.victimId(), "saw him near my house");

        assertThat(given(victim, concern).actionConcern(concern.concernId(), " exclusion zone checked "))
                .containsExactly(new ConcernActioned(concern.concernId(), "exclusion zone checked"));
        assertThatThrownBy(() -> given(victim, concern, new ConcernActioned(concern.concernId(), "done"))
                .actionConcern(concern.concernId(), "again")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "concern-already-actioned");
        assertThatThrownBy(() -> given(victim).actionConcern(UUID.randomUUID(), "x")).isInstanceOf(NotFound.class);
    }

    @Test
    void aVictimNotConnectedWithTheCaseIsNotFound() {
        assertThatThrownBy(() -> given(victim(true)).victim(UUID.randomUUID())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> given().referForRestorativeJustice(UUID.randomUUID(), UUID.randomUUID()))
                .isInstanceOf(NotFound.class);
    }

    // --- restorative justice (000 5.2, 5.3)

    @Test
    void restorativeJusticeWithConsentAndASafetyCheckIsReferred_000_5_2() {
        VictimRegistered victim = victim(true);
        UUID referral = UUID.randomUUID();

        List<VictimEvent> events = given(victim, new RestorativeJusticeConsentRecorded(victim.victimId(), true),
                new SafetyCheckRecorded(victim.victimId(), true, "safe")).referForRestorativeJustice(victim.victimId(),
                        referral);

        assertThat(events).containsExactly(new RestorativeJusticeReferralMade(referral, victim.victimId()));
    }

    @Test
    void restorativeJusticeWithoutTheVictimsConsentIsRefusedAndTheRefusalRecorded_000_5_2() {
        VictimRegistered victim = victim(true);

        assertThat(given(victim, new SafetyCheckRecorded(victim.victimId(), true, "safe"))
                .referForRestorativeJustice(victim.victimId(), UUID.randomUUID())).singleElement()
                .isInstanceOfSatisfying(RestorativeJusticeReferralRefused.class,
                        r -> assertThat(r.rule()).isEqualTo("victim-consent-required"));
        assertThat(given(victim, new RestorativeJusticeConsentRecorded(victim.victimId(), false),
                new SafetyCheckRecorded(victim.victimId(), true, "safe"))
                .referForRestorativeJustice(victim.victimId(), UUID.randomUUID())).singleElement()
                .isInstanceOfSatisfying(RestorativeJusticeReferralRefused.class,
                        r -> assertThat(r.rule()).isEqualTo("victim-consent-required"));
    }

    @Test
    void restorativeJusticeWithoutASafetyCheckFindingItSafeIsRefused_000_5_3() {
        VictimRegistered victim = victim(true);
        RestorativeJusticeConsentRecorded consent = new RestorativeJusticeConsentRecorded(victim.victimId(), true);

        assertThat(given(victim, consent).referForRestorativeJustice(victim.victimId(), UUID.randomUUID()))
                .singleElement().isInstanceOfSatisfying(RestorativeJusticeReferralRefused.class,
                        r -> assertThat(r.rule()).isEqualTo("safety-check-required"));
        assertThat(given(victim, consent, new SafetyCheckRecorded(victim.victimId(), false, "not safe"))
                .referForRestorativeJustice(victim.victimId(), UUID.randomUUID())).singleElement()
                .isInstanceOfSatisfying(RestorativeJusticeReferralRefused.class,
                        r -> assertThat(r.rule()).isEqualTo("safety-check-required"));
    }

    @Test
    void restorativeJusticeIsNeverReferredWhileARiskOfRepeatVictimisationIsRecorded_000_5_3() {
        VictimRegistered victim = victim(true);
        VictimEvent[] ready = {victim, new RestorativeJusticeConsentRecorded(victim.victimId(), true),
                new SafetyCheckRecorded(victim.victimId(), true, "safe"),
                new RepeatVictimisationRiskRecorded(victim.victimId(), true, "threats made")};

        assertThat(given(ready).referForRestorativeJustice(victim.victimId(), UUID.randomUUID())).singleElement()
                .isInstanceOfSatisfying(RestorativeJusticeReferralRefused.class,
                        r -> assertThat(r.rule()).isEqualTo("repeat-victimisation-risk"));
    }

    @Test
    void aRiskOfRepeatVictimisationFoundAbsentLaterNoLongerBarsTheReferral_000_5_3() {
        VictimRegistered victim = victim(true);

        assertThat(given(victim, new RestorativeJusticeConsentRecorded(victim.victimId(), true),
                new SafetyCheckRecorded(victim.victimId(), true, "safe"),
                new RepeatVictimisationRiskRecorded(victim.victimId(), true, "threats made"),
                new RepeatVictimisationRiskRecorded(victim.victimId(), false, "moved away"))
                .referForRestorativeJustice(victim.victimId(), UUID.randomUUID())).singleElement()
                .isInstanceOf(RestorativeJusticeReferralMade.class);
    }

    @Test
    void consentWithdrawnAfterItWasGivenStopsTheReferral_000_5_2() {
        VictimRegistered victim = victim(true);

        assertThat(given(victim, new RestorativeJusticeConsentRecorded(victim.victimId(), true),
                new SafetyCheckRecorded(victim.victimId(), true, "safe"),
                new RestorativeJusticeConsentRecorded(victim.victimId(), false))
                .referForRestorativeJustice(victim.victimId(), UUID.randomUUID())).singleElement()
                .isInstanceOf(RestorativeJusticeReferralRefused.class);
    }
}
