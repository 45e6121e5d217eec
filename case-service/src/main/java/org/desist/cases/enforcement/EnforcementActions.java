package org.desist.cases.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.desist.cases.contact.ContactEvent;
import org.desist.cases.contact.ContactEvent.ContactCorrected;
import org.desist.cases.contact.ContactEvent.ContactRecorded;
import org.desist.cases.person.PersonStreams;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.command.CommandHandler;

/** Enforcement of a person's order: reacts to failures to comply, and records breach action and decisions on it. */
@ApplicationScoped
public class EnforcementActions {

    private final CommandHandler commands;
    private final EnforcementRules rules;

    EnforcementActions(CommandHandler commands, EnforcementRules rules) {
        this.commands = commands;
        this.rules = rules;
    }

    /** Called in the transaction that recorded or corrected the contact, so both commit or neither does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterContact(String crn, ContactEvent event, CommandMetadata metadata) {
        switch (event) {
            case ContactRecorded recorded when Enforcement.enforceable(recorded.outcome()) ->
                    commands.update(PersonStreams.of(crn), ExpectedVersion.any(), Enforcement.AGGREGATE,
                            state -> state.failure(recorded.contactId(), recorded.occurredAt(), rules), metadata);
            case ContactCorrected corrected when Enforcement.enforceable(corrected.outcome()) ->
                    commands.update(PersonStreams.of(crn), ExpectedVersion.any(), Enforcement.AGGREGATE,
                            state -> state.failure(corrected.contactId(), corrected.occurredAt(), rules), metadata);
            case ContactCorrected corrected ->
                    commands.update(PersonStreams.of(crn), ExpectedVersion.any(), Enforcement.AGGREGATE,
                            state -> state.failureCorrected(corrected.contactId(), corrected.reason()), metadata);
            default -> {
                // attended, acceptable or not applicable: nothing to enforce
            }
        }
    }

    public void initiateBreach(String crn, ExpectedVersion expected, String rationale, CommandMetadata metadata) {
        commands.update(PersonStreams.of(crn), expected, Enforcement.AGGREGATE, state -> state.initiateBreach(rationale),
                metadata);
    }

    public void decideNotToBreach(String crn, ExpectedVersion expected, String rationale, CommandMetadata metadata) {
        commands.update(PersonStreams.of(crn), expected, Enforcement.AGGREGATE,
                state -> state.decideNotToBreach(rationale), metadata);
    }

    public EnforcementView view(String crn, Optional<Instant> asOf) {
        return EnforcementView.of(commands.view(PersonStreams.of(crn), Enforcement.AGGREGATE, asOf), asOf.orElseGet(Instant::now), rules);
    }
}
