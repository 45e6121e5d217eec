package org.desist.conduct.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.desist.conduct.safeguarding.SafeguardingEvent.SafeguardingRegistrationWithdrawn;
import org.junit.jupiter.api.Test;

/** Given a member of staff's safeguarding registration, when it is withdrawn, then the event case-service hears. */
class SafeguardingRegistrationDecisionsTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    private static SafeguardingRegistration given(SafeguardingEvent... events) {
        return SafeguardingRegistration.AGGREGATE.fold(List.of(events));
    }

    @Test
    void aWithdrawalIsRecordedWithItsReason_002_4_5() {
        assertThat(given().withdraw("alex", AT, " barred by the DBS ")).containsExactly(
                new SafeguardingRegistrationWithdrawn("alex", AT, "barred by the DBS"));
    }

    @Test
    void aRegistrationAlreadyWithdrawnIsNotWithdrawnAgain_002_4_5() {
        assertThat(given(new SafeguardingRegistrationWithdrawn("alex", AT, "barred")).withdraw("alex", AT.plusSeconds(60),
                "again")).isEmpty();
    }
}
