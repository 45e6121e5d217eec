package org.desist.cases.access;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.access.AccessEvent.AccessRestricted;
import org.desist.cases.access.AccessEvent.SharingAgreed;
import org.desist.cases.access.AccessEvent.SharingEnded;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;

/** A case's limited access and its sharing agreements, as recorded: what a senior or officer decides them from. */
public record CaseAccessRules(Optional<AccessRestricted> restriction, Map<UUID, Agreement> agreements) {

    /** One agreement as it stands. */
    public record Agreement(UUID agreementId, String agency, List<SharingScope> scope, SharingBasis basis,
            LocalDate expiresOn, Optional<String> endedBecause) {
    }

    public static final Aggregate<CaseAccessRules, AccessEvent> AGGREGATE =
            new Aggregate<>(AccessEvent.class, new CaseAccessRules(Optional.empty(), Map.of()), CaseAccessRules::evolve);

    /** Sharing needs an end: a year at most, then it is agreed again. */
    static final int LONGEST_AGREEMENT_DAYS = 366;

    static CaseAccessRules evolve(CaseAccessRules state, AccessEvent event) {
        Map<UUID, Agreement> agreements = new LinkedHashMap<>(state.agreements());
        return switch (event) {
            case AccessRestricted restricted -> new CaseAccessRules(Optional.of(restricted), state.agreements());
            case SharingAgreed agreed -> {
                agreements.put(agreed.agreementId(), new Agreement(agreed.agreementId(), agreed.agency(), agreed.scope(),
                        agreed.basis(), agreed.expiresOn(), Optional.empty()));
                yield new CaseAccessRules(state.restriction(), Map.copyOf(agreements));
            }
            case SharingEnded ended -> {
                agreements.computeIfPresent(ended.agreementId(), (id, a) -> new Agreement(id, a.agency(), a.scope(),
                        a.basis(), a.expiresOn(), Optional.of(ended.reason())));
                yield new CaseAccessRules(state.restriction(), Map.copyOf(agreements));
            }
        };
    }

    /** Sets the exclusion and restriction lists whole; lists both empty lift limited access. */
    public List<AccessEvent> restrict(List<String> excluded, List<String> restrictedTo, LocalDate from,
            Optional<LocalDate> until, String message, String rationale) {
        if (until.filter(end -> end.isBefore(from)).isPresent()) {
            throw new InvalidField("until", "on or after from", "limited access cannot end before it starts", null);
        }
        if (excluded.stream().anyMatch(restrictedTo::contains)) {
            throw new InvalidField("excluded", "nobody both excluded and restricted to",
                    "a member of staff cannot be both kept out of the case and one of those allowed in", null);
        }
        return List.of(new AccessRestricted(List.copyOf(excluded), List.copyOf(restrictedTo), from, until,
                message.strip(), rationale.strip()));
    }

    /**
     * Shares parts of the case with an agency (001: "obtain consent before sharing sensitive information with third
     * parties"): on consent, or without it on public protection, which only a senior may decide, with a rationale.
     */
    public List<AccessEvent> share(UUID agreementId, String agency, boolean agencyRegistered, List<SharingScope> scope,
            SharingBasis basis, LocalDate expiresOn, String rationale, boolean bySenior, LocalDate today) {
        if (!agencyRegistered) {
            throw new InvalidField("agency", "a registered partner agency", "agency " + agency + " is not registered: "
                    + "a senior registers it first (POST /partner-agencies)", null);
        }
        if (scope.isEmpty()) {
            throw new InvalidField("scope", "at least one part of the record", "say which parts are shared", null);
        }
        if (!expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(LONGEST_AGREEMENT_DAYS))) {
            throw new InvalidField("expiresOn", "after today and within a year", "an agreement lasts at most a year; "
                    + "agree it again to go on sharing", null);
        }
        if (basis == SharingBasis.PUBLIC_PROTECTION && !bySenior) {
            throw new RuleViolated("senior-decides-sharing-without-consent", "sharing without the person's consent, on "
                    + "public protection, is a senior's decision: ask your senior to record it", "000 4.2");
        }
        return List.of(new SharingAgreed(agreementId, agency, List.copyOf(scope.stream().distinct().toList()), basis,
                expiresOn, rationale.strip()));
    }

    /** Ends an agreement at once (consent withdrawn, or no longer needed). */
    public List<AccessEvent> endSharing(UUID agreementId, String reason) {
        Agreement agreement = agreements.get(agreementId);
        if (agreement == null) {
            throw new NotFound("no sharing agreement " + agreementId + " is recorded for this person");
        }
        if (agreement.endedBecause().isPresent()) {
            throw new RuleViolated("sharing-ended", "this agreement has already ended ("
                    + agreement.endedBecause().get() + ")", null);
        }
        return List.of(new SharingEnded(agreementId, reason.strip()));
    }
}
