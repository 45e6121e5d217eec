package org.desist.conduct.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A donor's key is the same however their name is written, and differs for another person or another key. */
class DonorKeyTest {

    private static final LocalDate BORN = LocalDate.of(1991, 2, 3);
    private static final DonorKey KEYS = new DonorKey(new byte[32]);

    @Test
    void theSameNameWrittenDifferentlyIsTheSameDonor_002_7_4() {
        assertThat(KEYS.of("  Zoë   O'Brien-Smith ", BORN)).isEqualTo(KEYS.of("zoe obriensmith", BORN));
        assertThat(DonorKey.normalised("ALEX\tMorgan")).isEqualTo("alex morgan");
    }

    @Test
    void anotherDayOfBirthOrAnotherServiceKeyIsAnotherKey() {
        assertThat(KEYS.of("Alex Morgan", BORN)).isNotEqualTo(KEYS.of("Alex Morgan", BORN.plusDays(1)));
        byte[] other = new byte[32];
        other[0] = 1;
        assertThat(new DonorKey(other).of("Alex Morgan", BORN)).isNotEqualTo(KEYS.of("Alex Morgan", BORN));
        assertThat(KEYS.of("Alex Morgan", BORN)).doesNotContainIgnoringCase("morgan").hasSize(64);
    }
}
