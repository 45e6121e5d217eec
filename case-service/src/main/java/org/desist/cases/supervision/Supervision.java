package org.desist.cases.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.desist.cases.supervision.SupervisionEvent.ContactFrequencySet;
import org.desist.eventstore.command.Aggregate;

/** The supervision level in force: the last tier and risk of serious harm heard of, and the contact frequency. */
public record Supervision(Optional<ContactFrequencySet> current) {

    public static final Aggregate<Supervision, SupervisionEvent> AGGREGATE =
            new Aggregate<>(SupervisionEvent.class, new Supervision(Optional.empty()), Supervision::evolve);

    static Supervision evolve(Supervision state, SupervisionEvent event) {
        return switch (event) {
            case ContactFrequencySet set -> new Supervision(Optional.of(set));
        };
    }

    /** A new tier or risk-of-harm level from risk-service; the other stays as it was. */
    List<SupervisionEvent> riskChanged(Optional<String> tier, Optional<String> roshLevel, Instant at, String source,
            SupervisionStandards standards) {
        Optional<String> newTier = tier.or(() -> current.flatMap(ContactFrequencySet::tier));
        Optional<String> newRosh = roshLevel.or(() -> current.flatMap(ContactFrequencySet::roshLevel));
        if (current.isPresent() && current.get().tier().equals(newTier) && current.get().roshLevel().equals(newRosh)) {
            return List.of();
        }
        return List.of(new ContactFrequencySet(newTier, newRosh, standards.contactEveryDays(newTier, newRosh), at, source));
    }
}
