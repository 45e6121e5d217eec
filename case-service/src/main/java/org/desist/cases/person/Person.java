package org.desist.cases.person;

import java.util.List;
import org.desist.cases.person.PersonEvent.PersonRegistered;
import org.desist.eventstore.command.Aggregate;

/** A person's record as the write side needs it: whether they are registered. */
public record Person(boolean registered) {

    public static final Aggregate<Person, PersonEvent> AGGREGATE =
            new Aggregate<>(PersonEvent.class, new Person(false), Person::evolve);

    static Person evolve(Person state, PersonEvent event) {
        return switch (event) {
            case PersonRegistered registered -> new Person(true);
        };
    }

    static List<PersonEvent> register(Person state, RegisterPerson command, String crn) {
        return List.of(new PersonRegistered(crn, command.firstName().strip(), command.lastName().strip(),
                command.dateOfBirth(), command.sex(), command.ethnicity(), command.pncNumber(),
                command.equality().orElse(EqualityMonitoring.NOT_DECLARED)));
    }
}
