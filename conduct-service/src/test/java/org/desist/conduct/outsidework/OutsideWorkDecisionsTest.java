package org.desist.conduct.outsidework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.outsidework.OutsideWorkEvent.Decision;
import org.desist.conduct.outsidework.OutsideWorkEvent.Kind;
import org.desist.conduct.outsidework.OutsideWorkEvent.OutsideWorkDecided;
import org.desist.conduct.outsidework.OutsideWorkEvent.OutsideWorkRequested;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;
import org.desist.eventstore.http.InvalidField;

/** Given a member of staff's outside work requests, when one is decided, then the decision or the refusal. */
class OutsideWorkDecisionsTest {

    private static final OutsideWorkRequested REQUESTED = new OutsideWorkRequested(UUID.randomUUID(), "alex",
            Kind.EMPLOYMENT, "weekend bar work", Optional.empty());

    private static OutsideWork given(OutsideWorkEvent... events) {
        return OutsideWork.AGGREGATE.fold(List.of(events));
    }

    @Test
    void outsideEmploymentIsApprovedWithConditions_002_4_8() {
        assertThat(given(REQUESTED).decide(REQUESTED.requestId(), Decision.APPROVED, "not in the probation area", "ok"))
                .containsExactly(new OutsideWorkDecided(REQUESTED.requestId(), "alex", Decision.APPROVED,
                        "not in the probation area", "ok"));
    }

    @Test
    void aRequestIsDecidedOnce_002_4_8() {
        OutsideWork decided = given(REQUESTED, new OutsideWorkDecided(REQUESTED.requestId(), "alex", Decision.REFUSED, "",
                "conflict"));

        assertThatThrownBy(() -> decided.decide(REQUESTED.requestId(), Decision.APPROVED, "", "changed mind"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "outside-work-already-decided");
    }

    @Test
    void aRequestNotMadeIsNotFound() {
        assertThatThrownBy(() -> given(REQUESTED).decide(UUID.randomUUID(), Decision.APPROVED, "", "x"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void outsideWorkIsRequestedForApproval_002_4_8() {
        UUID id = UUID.randomUUID();

        assertThat(OutsideWork.request(id, "alex", Kind.BUSINESS_INTEREST, " online shop ", Optional.empty()))
                .containsExactly(new OutsideWorkRequested(id, "alex", Kind.BUSINESS_INTEREST, "online shop",
                        Optional.empty()));
    }

    @Test
    void actingAsExecutorNamesTheServiceUserWhoseEstateItIs_002_7_3() {
        assertThatThrownBy(() -> OutsideWork.request(UUID.randomUUID(), "alex", Kind.EXECUTORSHIP, "estate",
                Optional.empty())).isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "crn");
        assertThat(OutsideWork.request(UUID.randomUUID(), "alex", Kind.EXECUTORSHIP, "estate", Optional.of("K123456")))
                .singleElement().isInstanceOfSatisfying(OutsideWorkRequested.class,
                        r -> assertThat(r.crn()).contains("K123456"));
    }
}
