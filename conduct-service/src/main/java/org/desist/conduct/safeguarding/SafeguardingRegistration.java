package org.desist.conduct.safeguarding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.desist.conduct.safeguarding.SafeguardingEvent.SafeguardingRegistrationWithdrawn;
import org.desist.eventstore.command.Aggregate;

/** A member of staff's safeguarding registration: held until withdrawn (002_d7d6c09e19b6ddeb.txt 4.5). */
public record SafeguardingRegistration(Optional<SafeguardingRegistrationWithdrawn> withdrawal) {

    public static final Aggregate<SafeguardingRegistration, SafeguardingEvent> AGGREGATE = new Aggregate<>(
            SafeguardingEvent.class, new SafeguardingRegistration(Optional.empty()), SafeguardingRegistration::evolve);

    static SafeguardingRegistration evolve(SafeguardingRegistration state, SafeguardingEvent event) {
        return switch (event) {
            case SafeguardingRegistrationWithdrawn withdrawn -> new SafeguardingRegistration(Optional.of(withdrawn));
        };
    }

    /** Withdrawn once: a second withdrawal records nothing, so case-service is not told twice. */
    List<SafeguardingEvent> withdraw(String staffId, Instant withdrawnAt, String reason) {
        if (withdrawal.isPresent()) {
            return List.of();
        }
        return List.of(new SafeguardingRegistrationWithdrawn(staffId, withdrawnAt, reason.strip()));
    }
}
