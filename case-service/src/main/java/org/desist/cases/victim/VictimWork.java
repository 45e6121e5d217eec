package org.desist.cases.victim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.desist.cases.person.PersonRegistration;
import org.desist.cases.sentence.SentenceType;
import org.desist.cases.sentence.Sentences;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;
import org.desist.eventstore.http.RuleViolated;

/** Victim contact work for a person's case, in its own stream (see {@link VictimEvent}). */
@ApplicationScoped
public class VictimWork {

    private final CommandHandler commands;
    private final PersonRegistration people;

    VictimWork(CommandHandler commands, PersonRegistration people) {
        this.commands = commands;
        this.people = people;
    }

    public static StreamId stream(String crn) {
        return StreamId.of("victim-contact", crn + "/victims");
    }

    /**
     * The statutory victim contact scheme (Domestic Violence, Crime and Victims Act 2004 s.35): a custodial sentence
     * of twelve months or more for a violent or sexual offence.
     */
    public void checkEligible(String crn) {
        boolean eligible = commands.load(crn, Sentences.AGGREGATE).state().byId().values().stream()
                .map(Sentences.Sentence::recorded)
                .filter(s -> s.type() == SentenceType.CUSTODY && s.lengthMonths() >= 12)
                .flatMap(s -> s.offences().stream())
                .anyMatch(o -> o.violent() || o.group().equals("Sexual offences"));
        if (!eligible) {
            throw new RuleViolated("not-eligible-for-victim-contact", "victim contact is for "
                    + "cases with a custodial sentence of twelve months or more for a violent or sexual offence; "
                    + crn + " has none on record", "Domestic Violence, Crime and Victims Act 2004 s.35");
        }
    }

    public VictimContact load(String crn) {
        people.view(crn);
        return commands.load(stream(crn).id(), VictimContact.AGGREGATE).state();
    }

    /** Victim contact as it stood at {@code asOf}. */
    public VictimContact load(String crn, java.time.Instant asOf) {
        people.view(crn);
        return commands.load(stream(crn).id(), VictimContact.AGGREGATE, asOf).state();
    }

    @Transactional
    public Decision change(String crn, ExpectedVersion expected, Function<VictimContact, List<? extends VictimEvent>> decide,
            CommandMetadata metadata) {
        people.view(crn);
        return commands.startOrUpdate(stream(crn), expected, VictimContact.AGGREGATE, decide, metadata);
    }

    /** Called by {@link ReleaseNotifications} in the transaction that scheduled a release on licence. */
    @Transactional(Transactional.TxType.MANDATORY)
    void releaseScheduled(String crn, LocalDate releaseDate, String licenceConditions, CommandMetadata metadata) {
        if (commands.load(stream(crn).id(), VictimContact.AGGREGATE).exists()) {
            commands.update(stream(crn), ExpectedVersion.any(), VictimContact.AGGREGATE,
                    victims -> victims.releaseScheduled(releaseDate, licenceConditions), metadata);
        }
    }
}
