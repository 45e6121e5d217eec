package org.desist.reporting.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.http.RuleViolated;
import org.desist.eventstore.shredding.DataErased;
import org.desist.eventstore.shredding.Sealed;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.Erasure;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.PartFailed;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.PartGathered;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.PartsRetried;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestCompleted;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestErased;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestFailed;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.RequestOpened;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.Requester;
import org.desist.reporting.subjectaccess.SubjectAccessRequest.AutomaticRetries;
import org.desist.reporting.subjectaccess.SubjectAccessRequest.PartStatus;
import org.desist.reporting.subjectaccess.SubjectAccessRequest.Status;
import org.junit.jupiter.api.Test;

/** A subject access request's decisions: given its events, when a part answers, then the events (pure). */
class SubjectAccessRequestDecisionsTest {

    private static final UUID ID = UUID.fromString("0190f2a0-0000-7000-8000-000000000001");
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(1));
    private static final List<String> PARTS = List.of("case-service", "risk-service");

    private static SubjectAccessRequest given(SubjectAccessEvent... events) {
        return SubjectAccessRequest.AGGREGATE.fold(List.of(events));
    }

    private static RequestOpened opened() {
        return (RequestOpened) SubjectAccessRequest.open(ID, "X123456", Requester.PERSON, PARTS, NOW,
                Duration.ofHours(12)).getFirst();
    }

    @Test
    void aRequestIsDueWithinOneMonthByLawAndAssembledWithinTheServicesTarget_gdpr_12_3() {
        RequestOpened opened = opened();
        assertThat(opened.respondBy()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(opened.assembleBy()).isEqualTo(NOW.plus(Duration.ofHours(12)));
        SubjectAccessRequest request = given(opened);
        assertThat(request.status()).isEqualTo(Status.PENDING);
        assertThat(request.pending()).containsExactlyElementsOf(PARTS);
        assertThat(request.overdue(NOW.plus(Duration.ofHours(11)))).isFalse();
        assertThat(request.overdue(NOW.plus(Duration.ofHours(13)))).isTrue();
    }

    @Test
    void thePartThatAnswersLastCompletesTheRequest() {
        var content = Optional.of(new Sealed(SubjectAccessRequest.dataKey(ID), "bm9uY2U=", "c2VhbGVk"));
        SubjectAccessRequest request = given(opened(), new PartGathered(ID, "case-service", 200, content, 1));

        List<SubjectAccessEvent> events = request.gathered("risk-service", 209, Optional.empty(), 2, NOW);

        assertThat(events).containsExactly(new PartGathered(ID, "risk-service", 209, Optional.empty(), 2),
                new RequestCompleted(ID, NOW));
        SubjectAccessRequest complete = SubjectAccessRequest.AGGREGATE.fold(request, events);
        assertThat(complete.status()).isEqualTo(Status.COMPLETE);
        assertThat(complete.parts().get("risk-service").status()).isEqualTo(PartStatus.NOT_KNOWN);
        assertThat(complete.overdue(NOW.plus(Duration.ofDays(2)))).isFalse();
    }

    @Test
    void aPartThatFailedFailsTheRequestOnceEveryPartHasAnswered() {
        SubjectAccessRequest request = given(opened());
        List<SubjectAccessEvent> first = request.failed("risk-service", "timed out", 3, true, NOW);
        assertThat(first).containsExactly(new PartFailed(ID, "risk-service", "timed out", 3, true));

        SubjectAccessRequest after = SubjectAccessRequest.AGGREGATE.fold(request, first);
        assertThat(after.gathered("case-service", 204, Optional.empty(), 1, NOW))
                .containsExactly(new PartGathered(ID, "case-service", 204, Optional.empty(), 1),
                        new RequestFailed(ID, List.of("risk-service"), NOW));
    }

    @Test
    void aPartIsRecordedOnceAndOnlyForAServiceTheRequestAsks() {
        SubjectAccessRequest request = given(opened(), new PartGathered(ID, "case-service", 204, Optional.empty(), 1));
        assertThatThrownBy(() -> request.gathered("case-service", 200, Optional.empty(), 1, NOW))
                .isInstanceOf(RuleViolated.class).extracting(e -> ((RuleViolated) e).rule())
                .isEqualTo("part-already-gathered");
        assertThatThrownBy(() -> request.failed("payroll", "x", 1, false, NOW)).extracting(e -> ((RuleViolated) e).rule())
                .isEqualTo("not-a-part");
        assertThatThrownBy(() -> request.gathered("risk-service", 500, Optional.empty(), 1, NOW))
                .extracting(e -> ((RuleViolated) e).rule()).isEqualTo("not-a-subject-access-answer");
    }

    @Test
    void onlyTheFailedPartsOfAFailedRequestAreGatheredAgain_andTheLastToAnswerCompletesIt() {
        SubjectAccessRequest failed = given(opened(), new PartGathered(ID, "case-service", 204, Optional.empty(), 1),
                new PartFailed(ID, "risk-service", "timed out", 2, true), new RequestFailed(ID, List.of("risk-service"), NOW));

        List<SubjectAccessEvent> retried = failed.retry(LATER, false);

        assertThat(retried).containsExactly(new PartsRetried(ID, List.of("risk-service"), LATER, false));
        SubjectAccessRequest pending = SubjectAccessRequest.AGGREGATE.fold(failed, retried);
        assertThat(pending.status()).isEqualTo(Status.PENDING);
        assertThat(pending.pending()).containsExactly("risk-service");
        assertThat(pending.parts().get("case-service").status()).isEqualTo(PartStatus.NOTHING_HELD);
        assertThat(pending.finishedAt()).isEmpty();
        assertThat(pending.gathered("risk-service", 209, Optional.empty(), 1, LATER)).containsExactly(
                new PartGathered(ID, "risk-service", 209, Optional.empty(), 1), new RequestCompleted(ID, LATER));
    }

    @Test
    void aRequestThatHasNotFailedIsNotRetried() {
        assertThatThrownBy(() -> given(opened()).retry(NOW, false)).extracting(e -> ((RuleViolated) e).rule())
                .isEqualTo("request-not-failed");
        SubjectAccessRequest complete = given(opened(), new PartGathered(ID, "case-service", 204, Optional.empty(), 1),
                new PartGathered(ID, "risk-service", 209, Optional.empty(), 1), new RequestCompleted(ID, NOW));
        assertThatThrownBy(() -> complete.retry(NOW, false)).extracting(e -> ((RuleViolated) e).rule())
                .isEqualTo("request-not-failed");
    }

    @Test
    void theServiceRetriesByItselfOnlyFailuresWorthRetrying_afterABackOffThatDoublesUpToItsLimit() {
        AutomaticRetries policy = new AutomaticRetries(Duration.ofMinutes(5), 2);
        SubjectAccessRequest timedOut = given(opened(), new PartGathered(ID, "case-service", 204, Optional.empty(), 1),
                new PartFailed(ID, "risk-service", "timed out", 2, true), new RequestFailed(ID, List.of("risk-service"), NOW));
        assertThat(timedOut.retryIfDue(NOW.plus(Duration.ofMinutes(4)), policy)).isEmpty();
        List<SubjectAccessEvent> first = timedOut.retryIfDue(NOW.plus(Duration.ofMinutes(5)), policy);
        assertThat(first).containsExactly(new PartsRetried(ID, List.of("risk-service"), NOW.plus(Duration.ofMinutes(5)), true));

        Instant failedAgain = NOW.plus(Duration.ofMinutes(6));
        SubjectAccessRequest again = SubjectAccessRequest.AGGREGATE.fold(timedOut, List.of(first.getFirst(),
                new PartFailed(ID, "risk-service", "timed out", 2, true), new RequestFailed(ID, List.of("risk-service"), failedAgain)));
        assertThat(again.automaticRetries()).isEqualTo(1);
        assertThat(again.automaticRetryDue(failedAgain.plus(Duration.ofMinutes(9)), policy)).isFalse();
        assertThat(again.automaticRetryDue(failedAgain.plus(Duration.ofMinutes(10)), policy)).isTrue();

        SubjectAccessRequest twice = SubjectAccessRequest.AGGREGATE.fold(again, List.of(
                new PartsRetried(ID, List.of("risk-service"), LATER, true),
                new PartFailed(ID, "risk-service", "timed out", 2, true), new RequestFailed(ID, List.of("risk-service"), LATER)));
        assertThat(twice.automaticRetryDue(LATER.plus(Duration.ofDays(30)), policy)).as("at most twice by itself").isFalse();

        SubjectAccessRequest refused = given(opened(), new PartGathered(ID, "case-service", 204, Optional.empty(), 1),
                new PartFailed(ID, "risk-service", "answered 403", 2, false), new RequestFailed(ID, List.of("risk-service"), NOW));
        assertThat(refused.automaticRetryDue(NOW.plus(Duration.ofDays(1)), policy)).as("a refusal waits for a person").isFalse();
        assertThat(refused.retry(LATER, false)).hasSize(1);
    }

    private static SubjectAccessRequest complete() {
        return given(opened(), new PartGathered(ID, "case-service", 204, Optional.empty(), 1),
                new PartGathered(ID, "risk-service", 209, Optional.empty(), 1), new RequestCompleted(ID, NOW));
    }

    @Test
    void erasingAFinishedRequestKeepsItsRecord_andEveryReadOfItsDataSaysWhenItWasErased_gdpr_17() {
        SubjectAccessRequest complete = complete();

        List<SubjectAccessEvent> erased = complete.erase(LATER, Erasure.ON_REQUEST);

        assertThat(erased).containsExactly(new RequestErased(ID, Erasure.ON_REQUEST, LATER));
        SubjectAccessRequest after = SubjectAccessRequest.AGGREGATE.fold(complete, erased);
        assertThat(after.status()).isEqualTo(Status.COMPLETE);
        assertThat(after.parts()).containsOnlyKeys(PARTS);
        assertThat(after.opened()).isEqualTo(complete.opened());
        assertThatThrownBy(after::mustBeComplete).isInstanceOf(DataErased.class)
                .hasMessageContaining("erased at " + LATER).hasMessageContaining("auditor's request");
        assertThatThrownBy(() -> after.erase(LATER, Erasure.ON_REQUEST)).isInstanceOf(DataErased.class);
        assertThatThrownBy(() -> after.retry(LATER, false)).isInstanceOf(DataErased.class);
    }

    @Test
    void aRequestStillGatheringIsNotErased() {
        assertThatThrownBy(() -> given(opened()).erase(NOW, Erasure.ON_REQUEST)).extracting(e -> ((RuleViolated) e).rule())
                .isEqualTo("request-still-gathering");
        assertThat(given(opened()).erasureDue(NOW.plus(Duration.ofDays(365)), Duration.ofDays(30))).isFalse();
    }

    @Test
    void theDataIsErasedByItselfOnceKeptForItsTimeAfterTheRequestFinished_gdpr_5_1_e() {
        Duration keepFor = Duration.ofDays(30);
        SubjectAccessRequest complete = complete();
        assertThat(complete.eraseIfDue(NOW.plus(Duration.ofDays(29)), keepFor)).isEmpty();
        assertThat(complete.eraseIfDue(NOW.plus(keepFor), keepFor))
                .containsExactly(new RequestErased(ID, Erasure.RETENTION_ENDED, NOW.plus(keepFor)));

        SubjectAccessRequest failed = given(opened(), new PartGathered(ID, "case-service", 204, Optional.empty(), 1),
                new PartFailed(ID, "risk-service", "timed out", 2, true), new RequestFailed(ID, List.of("risk-service"), NOW));
        assertThat(failed.erasureDue(NOW.plus(keepFor), keepFor)).as("a failed request's data too").isTrue();
        SubjectAccessRequest retried = SubjectAccessRequest.AGGREGATE.fold(failed, failed.retry(LATER, false));
        assertThat(retried.erasureDue(NOW.plus(keepFor), keepFor)).as("not while gathering again").isFalse();
    }

    @Test
    void theDocumentWaitsUntilTheRequestIsComplete() {
        assertThatThrownBy(() -> given(opened()).mustBeComplete()).extracting(e -> ((RuleViolated) e).rule())
                .isEqualTo("request-not-complete");
    }
}
