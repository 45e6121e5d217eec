package org.desist.cases.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.desist.cases.person.PersonEvent.PersonRegistered;
import org.desist.eventstore.http.InvalidField;
import org.junit.jupiter.api.Test;

/** Given a person's record, when they are registered or a dated fact about them arrives, then the event or refusal. */
class PersonDecisionsTest {

    private static final LocalDate BORN = LocalDate.of(1991, 2, 3);

    private static Person given(PersonEvent... events) {
        return Person.AGGREGATE.fold(List.of(events));
    }

    private static RegisterPerson alex(Optional<EqualityMonitoring> equality) {
        return new RegisterPerson(" Alex ", " Morgan ", BORN, Sex.FEMALE, Optional.of(Ethnicity.W1),
                Optional.of("2004/0046583U"), equality);
    }

    @Test
    void aPersonIsRegisteredUnderTheirCrnWithNamesTrimmedAndEqualityNotDeclaredUnlessGiven() {
        List<PersonEvent> events = Person.register(given(), alex(Optional.empty()), "X123456", Optional.empty());

        assertThat(events).containsExactly(new PersonRegistered("X123456", "Alex", "Morgan", BORN, Sex.FEMALE,
                Optional.of(Ethnicity.W1), Optional.of("2004/0046583U"), EqualityMonitoring.NOT_DECLARED, Optional.empty()));
        assertThat(given(events.toArray(PersonEvent[]::new)).registered()).isTrue();
        assertThat(given().registered()).isFalse();
    }

    @Test
    void nothingAboutThePersonIsDatedBeforeTheyWereBorn() {
        Person registered = given(Person.register(given(), alex(Optional.empty()), "X123456", Optional.empty()).getFirst());

        registered.bornBy(BORN, "offenceDate");
        assertThatThrownBy(() -> registered.bornBy(BORN.minusDays(1), "offenceDate")).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "offenceDate").hasMessageContaining("before the person was born");
    }

    @Test
    void aPersonNotYetRegisteredHasNoDateOfBirthToCheckAgainst() {
        given().bornBy(LocalDate.of(1900, 1, 1), "offenceDate");
    }
}
