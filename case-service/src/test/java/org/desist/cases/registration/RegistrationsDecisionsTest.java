package org.desist.cases.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.registration.RegistrationEvent.RegistrationAdded;
import org.desist.cases.registration.RegistrationEvent.RegistrationRemoved;
import org.desist.cases.registration.RegistrationEvent.RegistrationReviewed;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.desist.reference.RegistrationType;
import org.junit.jupiter.api.Test;

/** Given a case's registrations, when one is added, reviewed or removed, then the event or the rule that refuses it. */
class RegistrationsDecisionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static Registrations given(RegistrationEvent... events) {
        return Registrations.AGGREGATE.fold(List.of(events));
    }

    private static RegistrationAdded mappa(UUID id) {
        return new RegistrationAdded(id, RegistrationType.MAPPA, Optional.of(2), Optional.of(2), TODAY.plusMonths(3), "x");
    }

    @Test
    void aMappaRegistrationNeedsItsCategoryAndLevelAndIsNextReviewedOnAFutureDate() {
        UUID id = UUID.randomUUID();

        assertThat(given().add(id, RegistrationType.MAPPA, Optional.of(2), Optional.of(2), TODAY.plusMonths(3),
                " level 2 ", TODAY)).containsExactly(new RegistrationAdded(id, RegistrationType.MAPPA, Optional.of(2),
                        Optional.of(2), TODAY.plusMonths(3), "level 2"));
        assertThatThrownBy(() -> given().add(id, RegistrationType.MAPPA, Optional.empty(), Optional.of(2),
                TODAY.plusMonths(3), "x", TODAY)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "category");
        assertThatThrownBy(() -> given().add(id, RegistrationType.MAPPA, Optional.of(2), Optional.empty(),
                TODAY.plusMonths(3), "x", TODAY)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "level");
        assertThatThrownBy(() -> given().add(id, RegistrationType.MAPPA, Optional.of(2), Optional.of(2), TODAY, "x",
                TODAY)).isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "reviewDate");
    }

    @Test
    void onlyMappaHasACategoryOrLevel() {
        assertThatThrownBy(() -> given().add(UUID.randomUUID(), RegistrationType.DOMESTIC_ABUSE, Optional.of(1), Optional.empty(),
                TODAY.plusMonths(3), "x", TODAY)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "category");
        assertThatThrownBy(() -> given().add(UUID.randomUUID(), RegistrationType.DOMESTIC_ABUSE, Optional.empty(), Optional.of(1),
                TODAY.plusMonths(3), "x", TODAY)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "level");
    }

    @Test
    void oneRegistrationOfATypeAtATimeAndAnotherOnceItIsRemoved() {
        UUID first = UUID.randomUUID();
        Registrations state = given(mappa(first));

        assertThatThrownBy(() -> state.add(UUID.randomUUID(), RegistrationType.MAPPA, Optional.of(1), Optional.of(3),
                TODAY.plusMonths(3), "level 3", TODAY)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "already-registered");
        Registrations removed = given(mappa(first), state.remove(first, "level changed").getFirst());
        assertThat(removed.add(UUID.randomUUID(), RegistrationType.MAPPA, Optional.of(1), Optional.of(3),
                TODAY.plusMonths(3), "level 3", TODAY)).hasSize(1);
    }

    @Test
    void aReviewKeepsTheRegistrationInForceUntilAFutureDate() {
        UUID id = UUID.randomUUID();
        Registrations state = given(mappa(id));

        assertThat(state.review(id, TODAY.plusMonths(6), " still level 2 ", TODAY)).containsExactly(
                new RegistrationReviewed(id, RegistrationType.MAPPA, TODAY.plusMonths(6), "still level 2"));
        assertThat(given(mappa(id), state.review(id, TODAY.plusMonths(6), "x", TODAY).getFirst()).inForce().get(id)
                .reviewDate()).isEqualTo(TODAY.plusMonths(6));
        assertThatThrownBy(() -> state.review(id, TODAY.minusDays(1), "x", TODAY)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "nextReviewDate");
    }

    @Test
    void onlyARegistrationInForceIsReviewedOrRemoved() {
        UUID id = UUID.randomUUID();
        Registrations removed = given(mappa(id), new RegistrationRemoved(id, RegistrationType.MAPPA, "ended"));

        assertThatThrownBy(() -> removed.review(id, TODAY.plusMonths(1), "x", TODAY)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> removed.remove(id, "again")).isInstanceOf(NotFound.class);
        assertThat(given(mappa(id)).remove(id, " ended at review ")).containsExactly(
                new RegistrationRemoved(id, RegistrationType.MAPPA, "ended at review"));
    }
}
