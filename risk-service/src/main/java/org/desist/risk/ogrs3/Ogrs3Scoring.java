package org.desist.risk.ogrs3;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.InvalidField;
import org.desist.risk.ogrs3.ScoresEvent.ScoresDetermined;
import org.desist.risk.profile.RiskProfileRecord;
import org.jboss.logging.Logger;

/**
 * Recalculates a person's OGRS3 whenever the facts case-service publishes change it, and records each new score as
 * an event (risk-assessment.scores.determined) holding its inputs, factors and formula version.
 */
@ApplicationScoped
public class Ogrs3Scoring {

    private static final Logger LOG = Logger.getLogger(Ogrs3Scoring.class);

    private final CommandHandler commands;

    Ogrs3Scoring(CommandHandler commands) {
        this.commands = commands;
    }

    public static StreamId stream(String crn) {
        return StreamId.of("risk-person", crn);
    }

    /** A new score when the facts give complete inputs that differ from the latest score's; else nothing. */
    public static List<ScoresEvent> rescored(RiskProfileRecord facts, RiskScores scores, String trigger) {
        Optional<Ogrs3Inputs> inputs = facts == null ? Optional.empty() : inputs(facts);
        if (inputs.isEmpty() || scores.latest().map(ScoresDetermined::inputs).filter(inputs.get()::equals).isPresent()) {
            return List.of();
        }
        Ogrs3Score score;
        try {
            score = Ogrs3.calculate(inputs.get());
        } catch (InvalidField e) {
            LOG.infof("OGRS3 for %s cannot be calculated from case-service's facts: %s (%s)", facts.crn, e.getMessage(),
                    e.field());
            return List.of();
        }
        return List.of(new ScoresDetermined(facts.crn, inputs.get(), Optional.of(facts.offenceCode), score,
                Ogrs3.VERSION, trigger));
    }

    public Optional<ScoresDetermined> latest(String crn) {
        return commands.load(crn, RiskScores.AGGREGATE).state().latest();
    }

    /**
     * OGRS3's inputs from the facts: the latest sentence is the current conviction; follow-up starts with a community
     * sentence or, after custody, on release; total sanctions are the police record's, those since, and the current.
     */
    static Optional<Ogrs3Inputs> inputs(RiskProfileRecord facts) {
        if (facts.dateOfBirth == null || facts.sex == null || facts.sentenceDate == null || facts.offenceCode == null) {
            return Optional.empty();
        }
        LocalDate followUp = "CUSTODY".equals(facts.sentenceType) ? facts.releaseDate : facts.sentenceDate;
        if (followUp == null) {
            return Optional.empty();
        }
        int previous = facts.previousSanctions == null ? 0 : facts.previousSanctions;
        LocalDate firstSanction = facts.firstSanctionDate != null ? facts.firstSanctionDate : facts.sentenceDate;
        OffenceCategory category;
        try {
            category = OffenceResolution.byCode(facts.offenceCode);
        } catch (InvalidField e) {
            LOG.infof("offence %s of %s has no OGRS3 category: %s", facts.offenceCode, facts.crn, e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new Ogrs3Inputs(Sex.valueOf(facts.sex), facts.dateOfBirth, facts.sentenceDate, followUp,
                Ogrs3.age(facts.dateOfBirth, firstSanction), previous + facts.laterConvictions + 1, category));
    }
}
