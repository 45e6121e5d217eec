package org.desist.cases.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.desist.cases.contact.ContactLog;
import org.desist.cases.person.PersonStreams;
import org.desist.cases.sentence.Sentences;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.History;

/** Enforcement of a person's order: judges failures to comply, and records breach action and decisions on it. */
@ApplicationScoped
public class EnforcementActions {

    private final CommandHandler commands;
    private final EnforcementRules rules;

    EnforcementActions(CommandHandler commands, EnforcementRules rules) {
        this.commands = commands;
        this.rules = rules;
    }

    /**
     * Judges the person's enforcement record again on their failures and orders as they now stand, reading their
     * history once; {@code why} explains any warning or breach due it withdraws.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void judge(String crn, String why, CommandMetadata caused) {
        commands.update(PersonStreams.of(crn), ExpectedVersion.any(), (History history) -> history
                .state(Enforcement.AGGREGATE)
                .judge(Failures.of(history.state(ContactLog.AGGREGATE), history.state(Sentences.AGGREGATE)), why, rules),
                caused);
    }

    public long initiateBreach(String crn, ExpectedVersion expected, String rationale, CommandMetadata metadata) {
        return commands.update(PersonStreams.of(crn), expected, Enforcement.AGGREGATE, state -> state.initiateBreach(rationale),
                metadata).version();
    }

    public long decideNotToBreach(String crn, ExpectedVersion expected, String rationale, CommandMetadata metadata) {
        return commands.update(PersonStreams.of(crn), expected, Enforcement.AGGREGATE,
                state -> state.decideNotToBreach(rationale), metadata).version();
    }

    public EnforcementView view(String crn, Optional<Instant> asOf) {
        return EnforcementView.of(commands.view(PersonStreams.of(crn), Enforcement.AGGREGATE, asOf),
                asOf.orElseGet(Instant::now), rules);
    }
}
