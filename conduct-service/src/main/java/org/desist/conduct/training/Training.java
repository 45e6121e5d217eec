package org.desist.conduct.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.desist.conduct.training.TrainingEvent.TrainingCompleted;
import org.desist.conduct.training.TrainingEvent.TrainingRequirementSet;
import org.desist.eventstore.command.Aggregate;

/**
 * Training as a stream records it: the catalogue's requirement for each course, or a member of staff's completions
 * (000_c72660e7df92b92e.txt 6.1, 6.2). Who is overdue is a query over both, in TrainingResource.
 */
public record Training(Map<String, TrainingRequirementSet> requirements, List<TrainingCompleted> completions) {

    public static final Aggregate<Training, TrainingEvent> AGGREGATE = new Aggregate<>(TrainingEvent.class,
            new Training(Map.of(), List.of()), Training::evolve);

    static Training evolve(Training state, TrainingEvent event) {
        return switch (event) {
            case TrainingRequirementSet set -> {
                Map<String, TrainingRequirementSet> requirements = new LinkedHashMap<>(state.requirements());
                requirements.put(set.course(), set);
                yield new Training(Map.copyOf(requirements), state.completions());
            }
            case TrainingCompleted completed -> {
                List<TrainingCompleted> completions = new ArrayList<>(state.completions());
                completions.add(completed);
                yield new Training(state.requirements(), List.copyOf(completions));
            }
        };
    }

    /** A course's requirement replaces any earlier one for the same course. */
    static List<TrainingEvent> require(String course, List<String> roles, int validityMonths) {
        return List.of(new TrainingRequirementSet(course.strip(), List.copyOf(roles), validityMonths));
    }

    static List<TrainingEvent> complete(String staffId, String course, LocalDate completedOn) {
        return List.of(new TrainingCompleted(staffId, course.strip(), completedOn));
    }
}
