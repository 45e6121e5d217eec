package org.desist.conduct.safeguarding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.desist.conduct.safeguarding.SafeguardingEvent.SafeguardingRegistrationReinstated;
import org.desist.conduct.safeguarding.SafeguardingEvent.SafeguardingRegistrationWithdrawn;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.RuleViolated;

/** A member of staff's safeguarding registration: held until withdrawn, and held again once reinstated (002_d7d6c09e19b6ddeb.txt 4.5). */
public record SafeguardingRegistration(Optional<SafeguardingRegistrationWithdrawn> withdrawal) {

    public static final Aggregate<SafeguardingRegistration, SafeguardingEvent> AGGREGATE = new Aggregate<>(
            SafeguardingEvent.class, new SafeguardingRegistration(Optional.empty()), SafeguardingRegistration::evolve);

    static SafeguardingRegistration evolve(SafeguardingRegistration state, SafeguardingEvent event) {
        return switch (event) {
            case SafeguardingRegistrationWithdrawn withdrawn -> new SafeguardingRegistration(Optional.of(withdrawn));
            case SafeguardingRegistrationReinstated reinstated -> new SafeguardingRegistration(Optional.empty());
        };
    }

    /** Withdrawn once: a second withdrawal is refused, so case-service is not told twice. */
    List<SafeguardingEvent> withdraw(String staffId, Instant withdrawnAt, String reason) {
        if (withdrawal.isPresent()) {
            throw new RuleViolated("safeguarding-registration-already-withdrawn", staffId
                    + "'s safeguarding registration was withdrawn already, at " + withdrawal.get().withdrawnAt(), null);
        }
        return List.of(new SafeguardingRegistrationWithdrawn(staffId, withdrawnAt, reason.strip()));
    }

    /** Only a withdrawn registration is reinstated, and not before it was withdrawn. */
    List<SafeguardingEvent> reinstate(String staffId, Instant reinstatedAt) {
        SafeguardingRegistrationWithdrawn withdrawn = withdrawal.orElseThrow(() -> new RuleViolated(
                "safeguarding-registration-not-withdrawn", staffId + "'s safeguarding registration is not withdrawn", null));
        if (reinstatedAt.isBefore(withdrawn.withdrawnAt())) {
            throw new RuleViolated("reinstated-before-withdrawn", "the registration was withdrawn at "
                    + withdrawn.withdrawnAt() + ", after " + reinstatedAt, null);
        }
        return List.of(new SafeguardingRegistrationReinstated(staffId, reinstatedAt));
    }
}
