package org.desist.cases.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.access.AccessEvent.AccessRestricted;
import org.desist.cases.access.AccessEvent.SharingAgreed;
import org.desist.cases.access.AccessEvent.SharingEnded;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a case's access events, when limited access is set or sharing agreed or ended, then these events or a refusal. */
class CaseAccessRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    static CaseAccessRules given(AccessEvent... events) {
        return CaseAccessRules.AGGREGATE.fold(CaseAccessRules.AGGREGATE.initial(), List.of(events));
    }

    @Test
    void limitedAccessIsSetWholeWithItsMessageAndRationale() {
        assertThat(given().restrict(List.of("officer"), List.of(), TODAY, Optional.empty(), " ask the senior ", " why "))
                .containsExactly(new AccessRestricted(List.of("officer"), List.of(), TODAY, Optional.empty(),
                        "ask the senior", "why"));
        assertThatThrownBy(() -> given().restrict(List.of(), List.of("senior"), TODAY, Optional.of(TODAY.minusDays(1)),
                "m", "r")).isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "until");
        assertThatThrownBy(() -> given().restrict(List.of("a"), List.of("a"), TODAY, Optional.empty(), "m", "r"))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "excluded");
    }

    @Test
    void sharingOnConsentIsAgreedForAtMostAYear_001() {
        UUID id = UUID.randomUUID();
        assertThat(given().share(id, "police-1", true, List.of(SharingScope.APPOINTMENTS, SharingScope.APPOINTMENTS),
                SharingBasis.CONSENT, TODAY.plusDays(30), "consent recorded", false, TODAY)).containsExactly(
                        new SharingAgreed(id, "police-1", List.of(SharingScope.APPOINTMENTS), SharingBasis.CONSENT,
                                TODAY.plusDays(30), "consent recorded"));
        assertThatThrownBy(() -> given().share(id, "police-1", true, List.of(SharingScope.APPOINTMENTS), SharingBasis.CONSENT,
                TODAY.plusDays(400), "r", false, TODAY)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "expiresOn");
        assertThatThrownBy(() -> given().share(id, "police-1", true, List.of(), SharingBasis.CONSENT, TODAY.plusDays(1), "r",
                false, TODAY)).isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "scope");
    }

    @Test
    void sharingIsOnlyWithARegisteredPartnerAgency() {
        assertThatThrownBy(() -> given().share(UUID.randomUUID(), "nobody-1", false, List.of(SharingScope.APPOINTMENTS),
                SharingBasis.CONSENT, TODAY.plusDays(30), "consent", false, TODAY)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "agency");
    }

    @Test
    void sharingWithoutConsentIsASeniorsDecision_000_4_2() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> given().share(id, "police-1", true, List.of(SharingScope.RISK_SUMMARY),
                SharingBasis.PUBLIC_PROTECTION, TODAY.plusDays(30), "MAPPA", false, TODAY))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "senior-decides-sharing-without-consent");
        assertThat(given().share(id, "police-1", true, List.of(SharingScope.RISK_SUMMARY), SharingBasis.PUBLIC_PROTECTION,
                TODAY.plusDays(30), "MAPPA", true, TODAY)).hasSize(1);
    }

    @Test
    void anAgreementEndsOnceAndOnlyIfItExists() {
        UUID id = UUID.randomUUID();
        SharingAgreed agreed = new SharingAgreed(id, "police-1", List.of(SharingScope.APPOINTMENTS), SharingBasis.CONSENT,
                TODAY.plusDays(30), "consent");

        assertThat(given(agreed).endSharing(id, " consent withdrawn ")).containsExactly(new SharingEnded(id, "consent withdrawn"));
        assertThatThrownBy(() -> given(agreed, new SharingEnded(id, "consent withdrawn")).endSharing(id, "again"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "sharing-ended");
        assertThatThrownBy(() -> given().endSharing(id, "x")).isInstanceOf(NotFound.class);
    }
}
