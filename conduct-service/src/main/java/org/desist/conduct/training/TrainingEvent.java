package org.desist.conduct.training;

import java.time.LocalDate;
import java.util.List;
import org.desist.eventstore.command.EventType;

/** Professional development (000_c72660e7df92b92e.txt 6.1, 6.2): training each role needs, and who has done it. */
public sealed interface TrainingEvent {

    @EventType("conduct.training-requirement.set")
    record TrainingRequirementSet(String course, List<String> roles, int validityMonths) implements TrainingEvent {
    }

    @EventType("conduct.training.completed")
    record TrainingCompleted(String staffId, String course, LocalDate completedOn) implements TrainingEvent {
    }
}
