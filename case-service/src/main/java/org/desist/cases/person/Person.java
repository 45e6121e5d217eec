package org.desist.cases.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.desist.cases.person.PersonEvent.PersonRegistered;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;

/** A person's record as the write side needs it: registered, and born on a date no event about them can precede. */
public record Person(Optional<LocalDate> dateOfBirth) {

    public static final Aggregate<Person, PersonEvent> AGGREGATE =
            new Aggregate<>(PersonEvent.class, new Person(Optional.empty()), Person::evolve);

    static Person evolve(Person state, PersonEvent event) {
        return switch (event) {
            case PersonRegistered registered -> new Person(Optional.of(registered.dateOfBirth()));
        };
    }

    public boolean registered() {
        return dateOfBirth.isPresent();
    }

    /** An offence, or a sanction for one, dated before the person was born is a mistake in the record. */
    public void bornBy(LocalDate date, String field) {
        if (dateOfBirth.filter(date::isBefore).isPresent()) {
            throw new InvalidField(field, "on or after the date of birth", field + " " + date
                    + " is before the person was born (" + dateOfBirth.get() + "): check the date", null);
        }
    }

    static List<PersonEvent> register(Person state, RegisterPerson command, String crn, Optional<String> matchKey) {
        return List.of(new PersonRegistered(crn, command.firstName().strip(), command.lastName().strip(),
                command.dateOfBirth(), command.sex(), command.ethnicity(), command.pncNumber(),
                command.equality().orElse(EqualityMonitoring.NOT_DECLARED), matchKey));
    }
}
