package org.desist.cases.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.enforcement.EnforcementEvent.BreachActionDue;
import org.desist.cases.enforcement.EnforcementEvent.BreachDecisionRecorded;
import org.desist.cases.enforcement.EnforcementEvent.BreachDueWithdrawn;
import org.desist.cases.enforcement.EnforcementEvent.BreachInitiated;
import org.desist.cases.enforcement.EnforcementEvent.WarningIssued;
import org.desist.cases.enforcement.EnforcementEvent.WarningWithdrawn;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Enforcement judged on the failures as they stand: given its events, when the failures are judged, then these events. */
class EnforcementJudgementTest {

    private static final EnforcementRules RULES = new EnforcementRules() {
        @Override
        public int windowMonths() {
            return 12;
        }

        @Override
        public int warningsBeforeBreach() {
            return 1;
        }
    };
    private static final UUID ORDER = UUID.randomUUID();
    private static final Instant JAN = Instant.parse("2026-01-10T10:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-10T10:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-10T10:00:00Z");

    @Test
    void aFirstFailureDrawsAWarning_000_8_3() {
        Failure first = failure(JAN);

        assertThat(given().judge(List.of(first), "recorded", RULES)).singleElement()
                .isInstanceOfSatisfying(WarningIssued.class, w -> assertThat(w.contactId()).isEqualTo(first.contactId()));
    }

    @Test
    void aFailureAfterAWarningWithinTheWindowMakesBreachDueAgainstItsOrder_000_8_3() {
        Failure first = failure(JAN);
        Failure second = failure(MAR);
        WarningIssued warning = new WarningIssued(UUID.randomUUID(), first.contactId(), JAN);

        List<EnforcementEvent> events = given(warning).judge(List.of(first, second), "recorded", RULES);

        assertThat(events).singleElement().isEqualTo(new BreachActionDue(second.contactId(), MAR,
                List.of(warning.warningId()), Optional.of(ORDER)));
    }

    @Test
    void judgingTheSameFailuresAgainChangesNothing() {
        Failure first = failure(JAN);
        Failure second = failure(MAR);
        WarningIssued warning = new WarningIssued(UUID.randomUUID(), first.contactId(), JAN);
        BreachActionDue due = new BreachActionDue(second.contactId(), MAR, List.of(warning.warningId()), Optional.of(ORDER));

        assertThat(given(warning, due).judge(List.of(first, second), "again", RULES)).isEmpty();
    }

    @Test
    void theFailureBehindBreachDueCorrectedAwayWithdrawsIt() {
        Failure first = failure(JAN);
        Failure second = failure(MAR);
        WarningIssued warning = new WarningIssued(UUID.randomUUID(), first.contactId(), JAN);
        BreachActionDue due = new BreachActionDue(second.contactId(), MAR, List.of(warning.warningId()), Optional.of(ORDER));

        List<EnforcementEvent> events = given(warning, due).judge(List.of(first), "sick note", RULES);

        assertThat(events).containsExactly(new BreachDueWithdrawn(second.contactId(), "sick note"));
        assertThat(given(warning, due, events.getFirst()).breachDue()).isEmpty();
    }

    @Test
    void aWarnedFailureCorrectedAwayWithdrawsTheWarningAndTheNextFailureTakesItsPlace() {
        Failure first = failure(JAN);
        Failure second = failure(MAR);
        WarningIssued warning = new WarningIssued(UUID.randomUUID(), first.contactId(), JAN);
        BreachActionDue due = new BreachActionDue(second.contactId(), MAR, List.of(warning.warningId()), Optional.of(ORDER));

        List<EnforcementEvent> events = given(warning, due).judge(List.of(second), "corrected", RULES);

        assertThat(events).hasSize(3);
        assertThat(events.get(0)).isEqualTo(new WarningWithdrawn(warning.warningId(), first.contactId(), "corrected"));
        assertThat(events.get(1)).isInstanceOfSatisfying(WarningIssued.class,
                w -> assertThat(w.contactId()).isEqualTo(second.contactId()));
        assertThat(events.get(2)).isEqualTo(new BreachDueWithdrawn(second.contactId(), "corrected"));
    }

    @Test
    void aLateFailureDatedBeforeAWarningIsJudgedInDateOrder() {
        Failure late = failure(JAN);
        Failure warned = failure(MAR);
        WarningIssued warning = new WarningIssued(UUID.randomUUID(), warned.contactId(), MAR);

        List<EnforcementEvent> events = given(warning).judge(List.of(warned, late), "recorded late", RULES);

        assertThat(events).hasSize(3);
        assertThat(events.get(0)).isEqualTo(new WarningWithdrawn(warning.warningId(), warned.contactId(), "recorded late"));
        WarningIssued issued = (WarningIssued) events.get(1);
        assertThat(issued.contactId()).isEqualTo(late.contactId());
        assertThat(events.get(2)).isEqualTo(new BreachActionDue(warned.contactId(), MAR, List.of(issued.warningId()),
                Optional.of(ORDER)));
    }

    @Test
    void aWarningOutsideTheWindowDoesNotCount() {
        Failure old = failure(Instant.parse("2024-12-01T10:00:00Z"));
        Failure recent = failure(MAR);
        WarningIssued warning = new WarningIssued(UUID.randomUUID(), old.contactId(), old.at());

        assertThat(given(warning).judge(List.of(old, recent), "recorded", RULES)).singleElement()
                .isInstanceOfSatisfying(WarningIssued.class, w -> assertThat(w.contactId()).isEqualTo(recent.contactId()));
    }

    @Test
    void noBreachDueOnAnOrderNoLongerInForce() {
        Failure first = failure(JAN);
        Failure second = new Failure(UUID.randomUUID(), MAR, ORDER, false);
        WarningIssued warning = new WarningIssued(UUID.randomUUID(), first.contactId(), JAN);

        assertThat(given(warning).judge(List.of(first, second), "order ended", RULES)).isEmpty();
    }

    @Test
    void aFailureABreachDecisionDealtWithIsNotJudgedAgain_000_8_5() {
        Failure first = failure(JAN);
        Failure second = failure(MAR);
        Failure third = failure(MAY);
        WarningIssued warning = new WarningIssued(UUID.randomUUID(), first.contactId(), JAN);
        BreachActionDue due = new BreachActionDue(second.contactId(), MAR, List.of(warning.warningId()), Optional.of(ORDER));
        Enforcement afterBreach = given(warning, due, new BreachInitiated(UUID.randomUUID(), "second failure"));

        assertThat(afterBreach.judge(List.of(first, second), "again", RULES)).isEmpty();
        assertThat(afterBreach.judge(List.of(first, second, third), "recorded", RULES)).singleElement()
                .isInstanceOfSatisfying(BreachActionDue.class, d -> assertThat(d.contactId()).isEqualTo(third.contactId()));
    }

    @Test
    void breachIsInitiatedOnlyWhenDue() {
        assertThatThrownBy(() -> given().initiateBreach("no failures")).isInstanceOf(RuleViolated.class)
                .hasMessageContaining("no breach action is due");
    }

    @Test
    void breachInitiatedWhenDueDealsWithTheFailureBehindIt_000_8_5() {
        Failure first = failure(JAN);
        Failure second = failure(MAR);
        WarningIssued warning = new WarningIssued(UUID.randomUUID(), first.contactId(), JAN);
        BreachActionDue due = new BreachActionDue(second.contactId(), MAR, List.of(warning.warningId()), Optional.of(ORDER));

        List<EnforcementEvent> events = given(warning, due).initiateBreach("second failure within the window");

        assertThat(events).singleElement().isInstanceOfSatisfying(BreachInitiated.class,
                b -> assertThat(b.rationale()).isEqualTo("second failure within the window"));
        Enforcement after = given(warning, due, events.getFirst());
        assertThat(after.breachDue()).isEmpty();
        assertThat(after.dealtWith()).contains(second.contactId());
    }

    @Test
    void aDecisionNotToBreachIsRecordedOnlyWhenDueWithItsReasons_000_8_5() {
        Failure first = failure(JAN);
        Failure second = failure(MAR);
        WarningIssued warning = new WarningIssued(UUID.randomUUID(), first.contactId(), JAN);
        BreachActionDue due = new BreachActionDue(second.contactId(), MAR, List.of(warning.warningId()), Optional.of(ORDER));

        assertThat(given(warning, due).decideNotToBreach("in hospital that day")).containsExactly(
                new BreachDecisionRecorded(EnforcementEvent.BreachDecision.NOT_TO_BREACH, "in hospital that day"));
        assertThatThrownBy(() -> given(warning).decideNotToBreach("x")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "breach-not-due");
        assertThat(given(warning, due, new BreachDecisionRecorded(EnforcementEvent.BreachDecision.NOT_TO_BREACH, "x"))
                .judge(List.of(first, second), "again", RULES)).isEmpty();
    }

    private static Failure failure(Instant at) {
        return new Failure(UUID.randomUUID(), at, ORDER, true);
    }

    private static Enforcement given(EnforcementEvent... events) {
        return Enforcement.AGGREGATE.fold(List.of(events));
    }
}
