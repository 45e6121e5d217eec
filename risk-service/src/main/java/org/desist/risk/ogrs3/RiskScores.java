package org.desist.risk.ogrs3;

import java.util.Optional;
import org.desist.eventstore.command.Aggregate;
import org.desist.risk.ogrs3.ScoresEvent.ScoresDetermined;

/** The latest scores determined for a person. */
public record RiskScores(Optional<ScoresDetermined> latest) {

    public static final Aggregate<RiskScores, ScoresEvent> AGGREGATE =
            new Aggregate<>(ScoresEvent.class, new RiskScores(Optional.empty()), RiskScores::evolve);

    static RiskScores evolve(RiskScores state, ScoresEvent event) {
        return switch (event) {
            case ScoresDetermined determined -> new RiskScores(Optional.of(determined));
        };
    }
}
