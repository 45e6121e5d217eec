package org.desist.risk.ogrs3;

import java.util.Optional;
import org.desist.eventstore.command.EventType;

/** Scores determined for a person, each with everything needed to reproduce it exactly. */
public sealed interface ScoresEvent {

    /**
     * OGRS3 recalculated from case-service's facts: the inputs, the offence code they came from, the score with its
     * factors, and the formula's version, so that any past score can be recomputed and compared.
     */
    @EventType("risk-assessment.scores.determined")
    record ScoresDetermined(String crn, Ogrs3Inputs inputs, Optional<String> offenceCode, Ogrs3Score ogrs3,
            String formulaVersion, String trigger) implements ScoresEvent {

        public ScoresDetermined {
            offenceCode = offenceCode == null ? Optional.empty() : offenceCode;
        }
    }
}
