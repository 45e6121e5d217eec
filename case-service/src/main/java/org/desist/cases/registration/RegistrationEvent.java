package org.desist.cases.registration;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;
import org.desist.reference.RegistrationType;

/**
 * Registrations on a person's case that bear on risk — MAPPA category and level, domestic abuse, child protection
 * and the complexity factors of shared/facts/TIER.md — each with the date it is next reviewed. risk-service weighs
 * them in the tier.
 */
public sealed interface RegistrationEvent {

    UUID registrationId();

    @EventType("probation-case.registration.added")
    record RegistrationAdded(UUID registrationId, RegistrationType type, Optional<Integer> category,
            Optional<Integer> level, LocalDate reviewDate, String notes) implements RegistrationEvent {

        public RegistrationAdded {
            category = category == null ? Optional.empty() : category;
            level = level == null ? Optional.empty() : level;
        }
    }

    /** A review kept the registration in force until the next review date. */
    @EventType("probation-case.registration.reviewed")
    record RegistrationReviewed(UUID registrationId, RegistrationType type, LocalDate nextReviewDate, String notes)
            implements RegistrationEvent, Judgement {

        @Override
        public String rationale() {
            return notes;
        }
    }

    @EventType("probation-case.registration.removed")
    record RegistrationRemoved(UUID registrationId, RegistrationType type, String reason)
            implements RegistrationEvent, Judgement {

        @Override
        public String rationale() {
            return reason;
        }
    }
}
