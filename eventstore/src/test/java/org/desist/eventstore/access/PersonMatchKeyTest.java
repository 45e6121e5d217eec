package org.desist.eventstore.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A person's match key is the same however their name is written, and differs for another person or another key. */
class PersonMatchKeyTest {

    private static final LocalDate BORN = LocalDate.of(1991, 2, 3);
    private static final PersonMatchKey KEYS = keys(new byte[32]);

    static PersonMatchKey keys(byte[] key) {
        return new PersonMatchKey(Optional.of(Base64.getEncoder().encodeToString(key)));
    }

    @Test
    void theSameNameWrittenDifferentlyIsTheSamePerson_002_7_4() {
        assertThat(KEYS.of("  Zoë   O'Brien-Smith ", BORN)).isEqualTo(KEYS.of("zoe obriensmith", BORN));
        assertThat(PersonMatchKey.normalised("ALEX\tMorgan")).isEqualTo("alex morgan");
    }

    @Test
    void anotherDayOfBirthOrAnotherKeyIsAnotherPerson_andTheNameIsNotInIt() {
        assertThat(KEYS.of("Alex Morgan", BORN)).isNotEqualTo(KEYS.of("Alex Morgan", BORN.plusDays(1)));
        byte[] other = new byte[32];
        other[0] = 1;
        assertThat(keys(other).of("Alex Morgan", BORN)).isNotEqualTo(KEYS.of("Alex Morgan", BORN));
        assertThat(KEYS.of("Alex Morgan", BORN).orElseThrow()).doesNotContainIgnoringCase("morgan").hasSize(64);
    }

    @Test
    void withoutAKeyNobodyIsMatched() {
        assertThat(new PersonMatchKey(Optional.empty()).of("Alex Morgan", BORN)).isEmpty();
    }
}
