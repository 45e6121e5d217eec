package org.desist.cases.person;

import java.time.LocalDate;
import java.util.Optional;
import org.desist.eventstore.command.EventType;

/** What happens to a person's record on probation. */
public sealed interface PersonEvent {

    @EventType("probation-case.person.registered")
    record PersonRegistered(String crn, String firstName, String lastName, LocalDate dateOfBirth, Sex sex,
            Optional<Ethnicity> ethnicity, Optional<String> pncNumber, EqualityMonitoring equality,
            Optional<String> matchKey) implements PersonEvent {

        /** {@code matchKey}: the name and date of birth as {@code PersonMatchKey} hashes them, published instead of the name. */
        public PersonRegistered {
            matchKey = matchKey == null ? Optional.empty() : matchKey;
        }
    }
}
