package org.desist.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.RuleViolated;
import org.desist.reporting.report.ReportEvent.AuthorAssigned;
import org.desist.reporting.report.ReportEvent.DangerousnessCountersigned;
import org.desist.reporting.report.ReportEvent.DefendantMatched;
import org.desist.reporting.report.ReportEvent.DraftWritten;
import org.desist.reporting.report.ReportEvent.ReportAcknowledged;
import org.desist.reporting.report.ReportEvent.ReportApproved;
import org.desist.reporting.report.ReportEvent.ReportRequested;
import org.desist.reporting.report.ReportEvent.ReportSigned;
import org.desist.reporting.report.ReportEvent.ReportSubmitted;
import org.desist.reporting.report.ReportEvent.RevisionStarted;
import org.junit.jupiter.api.Test;

/** Given a report's events, when a command, then its events or the named refusal: no Quarkus, no database. */
class PreSentenceReportDecisionsTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Draft DRAFT = new Draft("took goods worth £80", "medium risk to the public", "ashamed",
            new Proposal("COMMUNITY_ORDER", List.of("UNPAID_WORK 120 hours"), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()), Optional.empty(), Optional.empty(), Optional.empty());
    private static final Draft DANGEROUSNESS = new Draft(DRAFT.offenceAnalysis(), DRAFT.assessment(), DRAFT.personView(),
            DRAFT.proposal(), Optional.empty(), Optional.empty(), Optional.of(true));
    private static final List<Fact> FACTS = List.of(new Fact("Current risk", "Tier B2",
            new Fact.Source("risk-service", "K123456", 4, "tier.calculation.changed")));

    private static ReportRequested requested(Optional<String> crn) {
        return new ReportRequested(ID, "Leeds Magistrates' Court", LocalDate.of(2027, 3, 1), crn, Optional.of("2004/1X"),
                Optional.empty(), List.of("theft"), ReportType.STANDARD, LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 2, 22), ReportEvent.Via.COURT_LIAISON);
    }

    private static PreSentenceReport given(ReportEvent... events) {
        return PreSentenceReport.AGGREGATE.fold(List.of(events));
    }

    private static List<ReportEvent> approvedHistory(Draft draft) {
        return new ArrayList<>(List.of(requested(Optional.of("K123456")), new AuthorAssigned(ID, "officer"),
                new DraftWritten(ID, 1, draft), new ReportSubmitted(ID, 1), new ReportApproved(ID, 1, "senior")));
    }

    @Test
    void aRequestWithoutACrnWaitsToBeMatched() {
        PreSentenceReport report = given(requested(Optional.empty()));

        assertThat(report.stage()).isEqualTo(Stage.AWAITING_MATCH);
        assertThat(report.match(ID, "K123456", "court liaison")).containsExactly(
                new DefendantMatched(ID, "K123456", "court liaison"));
        assertThatThrownBy(() -> given(requested(Optional.of("K123456"))).match(ID, "K000001", "x"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "defendant-already-matched");
    }

    @Test
    void onlyTheAuthorWritesAndOnlyWhileDrafting() {
        PreSentenceReport report = given(requested(Optional.of("K123456")), new AuthorAssigned(ID, "officer"));

        assertThat(report.write(ID, "officer", DRAFT)).containsExactly(new DraftWritten(ID, 1, DRAFT));
        assertThatThrownBy(() -> report.write(ID, "someone-else", DRAFT)).isInstanceOf(NotTheAuthor.class);
        assertThatThrownBy(() -> given(requested(Optional.of("K123456"))).write(ID, "officer", DRAFT))
                .isInstanceOf(NotTheAuthor.class);
    }

    @Test
    void custodyPossibleNeedsAnImpactStatement() {
        Draft custody = new Draft("a", "b", "c", new Proposal("IMMEDIATE_CUSTODY", List.of(), Optional.empty(),
                Optional.empty(), Optional.of(true), Optional.empty()), Optional.empty(), Optional.empty(),
                Optional.empty());
        PreSentenceReport report = given(requested(Optional.of("K123456")), new AuthorAssigned(ID, "officer"));

        assertThatThrownBy(() -> report.write(ID, "officer", custody)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("rule", "impact-statement-required");
    }

    @Test
    void submittingNeedsADraft_andQualityAssuranceIsNeverTheAuthorsOwn() {
        PreSentenceReport allocated = given(requested(Optional.of("K123456")), new AuthorAssigned(ID, "senior"));
        assertThatThrownBy(() -> allocated.submit(ID, "senior")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "draft-missing");

        PreSentenceReport submitted = given(requested(Optional.of("K123456")), new AuthorAssigned(ID, "senior"),
                new DraftWritten(ID, 1, DRAFT), new ReportSubmitted(ID, 1));
        assertThatThrownBy(() -> submitted.approve(ID, "senior")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "own-report");
        assertThat(submitted.approve(ID, "another-senior")).containsExactly(new ReportApproved(ID, 1, "another-senior"));
    }

    @Test
    void signingStoresTheWholeVersionWithItsHash() {
        PreSentenceReport approved = PreSentenceReport.AGGREGATE.fold(approvedHistory(DRAFT));

        List<ReportEvent> events = approved.sign(ID, "officer", FACTS);

        ReportSigned signed = (ReportSigned) events.getFirst();
        assertThat(signed.report().version()).isEqualTo(1);
        assertThat(signed.report().facts()).isEqualTo(FACTS);
        assertThat(signed.report().draft()).isEqualTo(DRAFT);
        assertThat(signed.sha256()).hasSize(64).isEqualTo(ReportHash.of(signed.report()));
    }

    @Test
    void aDangerousnessReportNeedsASeniorsCountersignatureBeforeSigning() {
        List<ReportEvent> history = approvedHistory(DANGEROUSNESS);
        assertThatThrownBy(() -> PreSentenceReport.AGGREGATE.fold(history).sign(ID, "officer", FACTS))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "countersignature-required");
        assertThatThrownBy(() -> PreSentenceReport.AGGREGATE.fold(history).countersign(ID, "officer", "mine"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "own-report");

        history.add(new DangerousnessCountersigned(ID, 1, "senior", "the evidence is sound"));
        assertThat(PreSentenceReport.AGGREGATE.fold(history).sign(ID, "officer", FACTS)).hasSize(1);
        assertThatThrownBy(() -> PreSentenceReport.AGGREGATE.fold(approvedHistory(DRAFT)).countersign(ID, "senior", "x"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "not-a-dangerousness-report");
    }

    @Test
    void aSignedVersionNeverChanges_aRevisionIsTheNextVersionWithItsReason() {
        List<ReportEvent> history = approvedHistory(DRAFT);
        history.addAll(PreSentenceReport.AGGREGATE.fold(history).sign(ID, "officer", FACTS));
        PreSentenceReport signed = PreSentenceReport.AGGREGATE.fold(history);

        assertThatThrownBy(() -> signed.write(ID, "officer", DRAFT)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "report-signed");
        assertThat(signed.revise(ID, "officer", "new address")).containsExactly(new RevisionStarted(ID, 2, "new address"));

        history.add(new RevisionStarted(ID, 2, "new address"));
        PreSentenceReport revising = PreSentenceReport.AGGREGATE.fold(history);
        assertThat(revising.stage()).isEqualTo(Stage.DRAFTING);
        assertThat(revising.signedVersion(1)).isEqualTo(signed.latestSigned());
        assertThat(revising.courtReport(ID, FACTS).revisionReason()).contains("new address");
    }

    @Test
    void aReceiptIsForADeliveredVersion_andTwiceIsOnce() {
        List<ReportEvent> history = approvedHistory(DRAFT);
        assertThatThrownBy(() -> PreSentenceReport.AGGREGATE.fold(history).acknowledge(ID, Optional.empty(), "court",
                ReportEvent.Via.COURT_LIAISON)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "report-not-delivered");
        history.addAll(PreSentenceReport.AGGREGATE.fold(history).sign(ID, "officer", FACTS));

        PreSentenceReport delivered = PreSentenceReport.AGGREGATE.fold(history);
        assertThat(delivered.acknowledge(ID, Optional.empty(), "court", ReportEvent.Via.COURT_SYSTEM))
                .containsExactly(new ReportAcknowledged(ID, 1, "court", ReportEvent.Via.COURT_SYSTEM));
        assertThatThrownBy(() -> delivered.acknowledge(ID, Optional.of(2), "court", ReportEvent.Via.COURT_LIAISON))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "version-not-delivered");
        history.add(new ReportAcknowledged(ID, 1, "court", ReportEvent.Via.COURT_SYSTEM));
        assertThat(PreSentenceReport.AGGREGATE.fold(history).acknowledge(ID, Optional.of(1), "court",
                ReportEvent.Via.COURT_LIAISON)).isEmpty();
    }

    @Test
    void aStandardReportIsDueIn15WorkingDaysUnlessTheHearingIsSooner() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertThat(DueDates.due(15, friday, LocalDate.of(2027, 6, 1))).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(DueDates.due(15, friday, LocalDate.of(2026, 12, 10))).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(DueDates.due(0, friday, LocalDate.of(2026, 12, 10))).isEqualTo(friday);
        assertThat(DueDates.overdue(friday, LocalDate.of(2026, 12, 10), false, friday.plusDays(1))).isTrue();
        assertThat(DueDates.overdue(friday, LocalDate.of(2026, 12, 10), true, friday.plusDays(1))).isFalse();
    }
}
