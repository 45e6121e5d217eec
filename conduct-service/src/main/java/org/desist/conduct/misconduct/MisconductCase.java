package org.desist.conduct.misconduct;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.misconduct.MisconductEvent.InvestigationOpened;
import org.desist.conduct.misconduct.MisconductEvent.MisconductAlleged;
import org.desist.conduct.misconduct.MisconductEvent.MisconductConcluded;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.RuleViolated;

/** A misconduct case: alleged, investigated, concluded — in that order. */
public record MisconductCase(Optional<MisconductAlleged> allegation, Optional<InvestigationOpened> investigation,
        Optional<MisconductConcluded> conclusion) {

    public static final Aggregate<MisconductCase, MisconductEvent> AGGREGATE = new Aggregate<>(MisconductEvent.class,
            new MisconductCase(Optional.empty(), Optional.empty(), Optional.empty()), MisconductCase::evolve);

    static MisconductCase evolve(MisconductCase state, MisconductEvent event) {
        return switch (event) {
            case MisconductAlleged a -> new MisconductCase(Optional.of(a), state.investigation(), state.conclusion());
            case InvestigationOpened i -> new MisconductCase(state.allegation(), Optional.of(i), state.conclusion());
            case MisconductConcluded c -> new MisconductCase(state.allegation(), state.investigation(), Optional.of(c));
        };
    }

    public static StreamId stream(UUID caseId) {
        return StreamId.of("misconduct", caseId.toString());
    }

    static List<MisconductEvent> allege(UUID caseId, String staffId, String allegation) {
        return List.of(new MisconductAlleged(caseId, staffId, allegation.strip()));
    }

    List<MisconductEvent> investigate(UUID caseId, String investigator) {
        if (investigation.isPresent()) {
            throw new RuleViolated("investigation-already-open", "case " + caseId + " is already being investigated", null);
        }
        return List.of(new InvestigationOpened(caseId, investigator));
    }

    List<MisconductEvent> conclude(UUID caseId, MisconductEvent.Outcome outcome, String rationale) {
        if (investigation.isEmpty()) {
            throw new RuleViolated("investigation-not-open", "case " + caseId + " is concluded only after an investigation",
                    null);
        }
        if (conclusion.isPresent()) {
            throw new RuleViolated("case-already-concluded", "case " + caseId + " is already concluded", null);
        }
        return List.of(new MisconductConcluded(caseId, outcome, rationale));
    }
}
