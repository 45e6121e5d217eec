package org.desist.cases.person;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.StreamNotFound;
import org.desist.eventstore.WrongExpectedVersion;
import org.desist.eventstore.command.CommandHandler;

/** Registers people on probation and answers for their records. */
@ApplicationScoped
public class PersonRegistration {

    private static final int CRN_ATTEMPTS = 5;

    private final CommandHandler commands;

    PersonRegistration(CommandHandler commands) {
        this.commands = commands;
    }

    /** Registers the person under a new CRN and answers it. */
    public String register(RegisterPerson command, CommandMetadata metadata) {
        for (int attempt = 1;; attempt++) {
            String crn = Crn.next();
            try {
                commands.create(PersonStreams.of(crn), Person.AGGREGATE,
                        person -> Person.register(person, command, crn), metadata);
                return crn;
            } catch (WrongExpectedVersion taken) {
                if (attempt == CRN_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }

    public PersonView view(String crn) {
        return Optional.ofNullable(PersonRecord.<PersonRecord>findById(crn)).map(PersonView::of)
                .orElseThrow(() -> new StreamNotFound(PersonStreams.of(crn)));
    }
}
