package org.desist.conduct.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.desist.conduct.safeguarding.SafeguardingEvent.SafeguardingRegistrationReinstated;
import org.desist.conduct.safeguarding.SafeguardingEvent.SafeguardingRegistrationWithdrawn;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a member of staff's safeguarding registration, when it is withdrawn or reinstated, then the event case-service hears. */
class SafeguardingRegistrationDecisionsTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");
    private static final SafeguardingRegistrationWithdrawn WITHDRAWN = new SafeguardingRegistrationWithdrawn("alex", AT,
            "barred");

    private static SafeguardingRegistration given(SafeguardingEvent... events) {
        return SafeguardingRegistration.AGGREGATE.fold(List.of(events));
    }

    @Test
    void aWithdrawalIsRecordedWithItsReason_002_4_5() {
        assertThat(given().withdraw("alex", AT, " barred by the DBS ")).containsExactly(
                new SafeguardingRegistrationWithdrawn("alex", AT, "barred by the DBS"));
    }

    @Test
    void aWithdrawalAlreadyRecordedIsRefused_002_4_5() {
        assertThatThrownBy(() -> given(WITHDRAWN).withdraw("alex", AT.plusSeconds(60), "again"))
                .isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "safeguarding-registration-already-withdrawn");
    }

    @Test
    void aWithdrawnRegistrationIsReinstatedAndMayBeWithdrawnAgain_002_4_5() {
        Instant later = AT.plusSeconds(86_400);

        assertThat(given(WITHDRAWN).reinstate("alex", later)).containsExactly(
                new SafeguardingRegistrationReinstated("alex", later));
        assertThat(given(WITHDRAWN, new SafeguardingRegistrationReinstated("alex", later))
                .withdraw("alex", later.plusSeconds(60), "barred again")).hasSize(1);
    }

    @Test
    void onlyAWithdrawnRegistrationIsReinstatedAndNotBeforeItsWithdrawal_002_4_5() {
        assertThatThrownBy(() -> given().reinstate("alex", AT)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "safeguarding-registration-not-withdrawn");
        assertThatThrownBy(() -> given(WITHDRAWN).reinstate("alex", AT.minusSeconds(1))).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "reinstated-before-withdrawn");
    }
}
