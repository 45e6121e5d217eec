package org.desist.cases.registration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.registration.RegistrationEvent.RegistrationAdded;
import org.desist.cases.registration.RegistrationEvent.RegistrationRemoved;
import org.desist.cases.registration.RegistrationEvent.RegistrationReviewed;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.desist.reference.RegistrationType;

/** The registrations in force on a person's case, each with its next review date. */
public record Registrations(Map<UUID, Registration> inForce) {

    public record Registration(UUID registrationId, RegistrationType type, Optional<Integer> category,
            Optional<Integer> level, LocalDate reviewDate, String notes) {
    }

    public static final Aggregate<Registrations, RegistrationEvent> AGGREGATE =
            new Aggregate<>(RegistrationEvent.class, new Registrations(Map.of()), Registrations::evolve);

    static Registrations evolve(Registrations state, RegistrationEvent event) {
        Map<UUID, Registration> inForce = new LinkedHashMap<>(state.inForce());
        switch (event) {
            case RegistrationAdded a -> inForce.put(a.registrationId(), new Registration(a.registrationId(), a.type(),
                    a.category(), a.level(), a.reviewDate(), a.notes()));
            case RegistrationReviewed r -> inForce.computeIfPresent(r.registrationId(), (id, was) -> new Registration(id,
                    was.type(), was.category(), was.level(), r.nextReviewDate(), was.notes()));
            case RegistrationRemoved r -> inForce.remove(r.registrationId());
        }
        return new Registrations(java.util.Collections.unmodifiableMap(inForce));
    }

    /** One registration of a type at a time: a change of MAPPA level is a removal and a new registration. */
    List<RegistrationEvent> add(UUID id, RegistrationType type, Optional<Integer> category, Optional<Integer> level,
            LocalDate reviewDate, String notes, LocalDate today) {
        type.mappaDetailsProblem(category, level).ifPresent(problem -> {
            throw new InvalidField(problem.field(), problem.rule(), problem.detail(), null);
        });
        afterToday("reviewDate", reviewDate, today);
        inForce.values().stream().filter(r -> r.type() == type).findFirst().ifPresent(existing -> {
            throw new RuleViolated("already-registered", "a " + type + " registration (" + existing.registrationId()
                    + ") is already in force: review or remove it instead", null);
        });
        return List.of(new RegistrationAdded(id, type, category, level, reviewDate, notes.strip()));
    }

    List<RegistrationEvent> review(UUID id, LocalDate nextReviewDate, String notes, LocalDate today) {
        Registration registration = find(id);
        afterToday("nextReviewDate", nextReviewDate, today);
        return List.of(new RegistrationReviewed(id, registration.type(), nextReviewDate, notes.strip()));
    }

    List<RegistrationEvent> remove(UUID id, String reason) {
        return List.of(new RegistrationRemoved(id, find(id).type(), reason.strip()));
    }

    private Registration find(UUID id) {
        return Optional.ofNullable(inForce.get(id))
                .orElseThrow(() -> new NotFound("no registration " + id + " is in force for this person"));
    }

    private static void afterToday(String field, LocalDate reviewDate, LocalDate today) {
        if (!reviewDate.isAfter(today)) {
            throw new InvalidField(field, "after today", "a registration is next reviewed on a future date", null);
        }
    }
}
