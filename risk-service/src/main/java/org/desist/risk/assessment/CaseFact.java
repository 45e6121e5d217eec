package org.desist.risk.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.risk.assessment.AssessmentEvent.RegistrationAdded;

/**
 * A fact case-service published, as it bears on a person's risk judgements: whether it may change OGRS3 or the
 * tier's inputs, a registration it adds, reviews or removes, and whether it makes a reassessment due.
 */
public record CaseFact(String type, boolean bearsOnScoresAndTier, Optional<RegistrationChange> registration,
        Optional<String> reviewReason, LocalDate since, Optional<List<Instant>> failuresToAttend) {

    /** Whether any judgement can follow from it; a fact that bears on none leaves the person's stream unread. */
    public boolean bearsOnJudgements() {
        return bearsOnScoresAndTier || registration.isPresent() || reviewReason.isPresent()
                || failuresToAttend.isPresent();
    }

    /** A registration as case-service recorded it (shared/facts/TIER.md: they weigh as those recorded here do). */
    public sealed interface RegistrationChange {
        record Added(RegistrationAdded registration) implements RegistrationChange {
        }

        record Reviewed(UUID registrationId, LocalDate nextReviewDate, String notes) implements RegistrationChange {
        }

        record Removed(UUID registrationId, String reason) implements RegistrationChange {
        }
    }
}
