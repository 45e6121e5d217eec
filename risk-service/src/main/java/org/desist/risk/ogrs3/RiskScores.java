package org.desist.risk.ogrs3;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.command.Aggregate;
import org.desist.risk.ogrs3.ScoresEvent.ScoresDetermined;

/** The scores determined for a person, oldest first. */
public record RiskScores(List<ScoresDetermined> scores) {

    public static final Aggregate<RiskScores, ScoresEvent> AGGREGATE =
            new Aggregate<>(ScoresEvent.class, new RiskScores(List.of()), RiskScores::evolve);

    static RiskScores evolve(RiskScores state, ScoresEvent event) {
        return switch (event) {
            case ScoresDetermined determined -> {
                List<ScoresDetermined> scores = new ArrayList<>(state.scores());
                scores.add(determined);
                yield new RiskScores(List.copyOf(scores));
            }
        };
    }

    public Optional<ScoresDetermined> latest() {
        return scores.isEmpty() ? Optional.empty() : Optional.of(scores.getLast());
    }

    /**
     * The prediction made when the current follow-up began: the first score for that start. Later convictions change
     * the latest score, but they are the outcome the prediction is judged by, so calibration uses this one.
     */
    public Optional<ScoresDetermined> atStartOfFollowUp() {
        return latest().flatMap(latest -> scores.stream()
                .filter(s -> s.inputs().dateOfStartOfFollowUp().equals(latest.inputs().dateOfStartOfFollowUp()))
                .findFirst());
    }
}
