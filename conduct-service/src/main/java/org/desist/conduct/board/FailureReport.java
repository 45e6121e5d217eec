package org.desist.conduct.board;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.board.BoardConductEvent.Consulted;
import org.desist.conduct.board.BoardConductEvent.FailureToComplyConcluded;
import org.desist.conduct.board.BoardConductEvent.FailureToComplyReported;
import org.desist.conduct.board.BoardConductEvent.Outcome;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.RuleViolated;

/** A report of a board member's failure to comply: reported, then concluded once. */
public record FailureReport(Optional<FailureToComplyReported> report, Optional<FailureToComplyConcluded> conclusion) {

    public static final Aggregate<FailureReport, BoardConductEvent> AGGREGATE = new Aggregate<>(BoardConductEvent.class,
            new FailureReport(Optional.empty(), Optional.empty()), FailureReport::evolve);

    static FailureReport evolve(FailureReport state, BoardConductEvent event) {
        return switch (event) {
            case FailureToComplyReported r -> new FailureReport(Optional.of(r), state.conclusion());
            case FailureToComplyConcluded c -> new FailureReport(state.report(), Optional.of(c));
        };
    }

    public static StreamId stream(UUID reportId) {
        return StreamId.of("board-conduct", reportId.toString());
    }

    /** 002_d7d6c09e19b6ddeb.txt board code 9: any board member or member of staff notifies the board secretary. */
    static List<BoardConductEvent> report(UUID reportId, String memberId, String details) {
        return List.of(new FailureToComplyReported(reportId, memberId, details.strip()));
    }

    List<BoardConductEvent> conclude(Outcome outcome, Consulted consulted, String rationale, boolean chiefExecutive) {
        FailureToComplyReported reported = report.orElseThrow();
        if (conclusion.isPresent()) {
            throw new RuleViolated("failure-report-concluded", "report " + reported.reportId() + " already has its outcome",
                    null);
        }
        // 002_d7d6c09e19b6ddeb.txt board code 9: other than the chief executive, for whom separate provision is made,
        // failure may lead to action by the local board or referral to NOMs.
        if (chiefExecutive != (outcome == Outcome.SEPARATE_PROVISION_FOR_CHIEF_EXECUTIVE)
                && outcome != Outcome.NO_FAILURE_FOUND) {
            throw new RuleViolated("chief-executive-separate-provision", chiefExecutive
                    ? reported.memberId() + " is the chief executive: a failure of theirs is dealt with under the separate "
                            + "provision (Section III of the Salary and Conditions of Service Handbook)"
                    : "the separate provision is for the chief executive only; " + reported.memberId() + " is not",
                    "002_d7d6c09e19b6ddeb.txt board code 9");
        }
        return List.of(new FailureToComplyConcluded(reported.reportId(), reported.memberId(), outcome, consulted, rationale));
    }
}
