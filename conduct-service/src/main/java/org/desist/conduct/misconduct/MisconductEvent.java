package org.desist.conduct.misconduct;

import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;

/** Misconduct cases, as confidential as disclosures: a stream type never published, read by the conduct officer only. */
public sealed interface MisconductEvent {

    @EventType("conduct.misconduct.alleged")
    record MisconductAlleged(UUID caseId, String staffId, String allegation) implements MisconductEvent {
    }

    @EventType("conduct.misconduct.investigation-opened")
    record InvestigationOpened(UUID caseId, String investigator) implements MisconductEvent {
    }

    @EventType("conduct.misconduct.concluded")
    record MisconductConcluded(UUID caseId, Outcome outcome, String rationale) implements MisconductEvent, Judgement {
    }

    enum Outcome {
        NOT_UPHELD,
        ADVICE,
        WRITTEN_WARNING,
        FINAL_WARNING,
        DISMISSAL
    }
}
