package org.desist.conduct.declaration;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.declaration.DeclarationEvent.DeclarationEnded;
import org.desist.conduct.declaration.DeclarationEvent.DeclarationReviewed;
import org.desist.conduct.declaration.DeclarationEvent.Ending;
import org.desist.conduct.declaration.DeclarationEvent.Relationship;
import org.desist.conduct.declaration.DeclarationEvent.RelationshipDeclared;
import org.desist.conduct.declaration.DeclarationEvent.ReviewDecision;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;

/** A member of staff's declarations, and the line manager's decision on each. */
public record Declarations(Map<UUID, RelationshipDeclared> declared, Map<UUID, DeclarationReviewed> reviews,
        Map<UUID, DeclarationEnded> ended) {

    public static final Aggregate<Declarations, DeclarationEvent> AGGREGATE = new Aggregate<>(DeclarationEvent.class,
            new Declarations(Map.of(), Map.of(), Map.of()), Declarations::evolve);

    static Declarations evolve(Declarations state, DeclarationEvent event) {
        Map<UUID, RelationshipDeclared> declared = new LinkedHashMap<>(state.declared());
        Map<UUID, DeclarationReviewed> reviews = new LinkedHashMap<>(state.reviews());
        Map<UUID, DeclarationEnded> ended = new LinkedHashMap<>(state.ended());
        switch (event) {
            case RelationshipDeclared d -> declared.put(d.declarationId(), d);
            case DeclarationReviewed r -> reviews.put(r.declarationId(), r);
            case DeclarationEnded e -> ended.put(e.declarationId(), e);
        }
        return new Declarations(Map.copyOf(declared), Map.copyOf(reviews), Map.copyOf(ended));
    }

    /** 002_d7d6c09e19b6ddeb.txt 7.5-7.7: every declaration is recorded; case-service keeps the declarer away. */
    static List<DeclarationEvent> declare(UUID declarationId, String staffId, String crn, Relationship relationship,
            String details, Instant declaredAt) {
        return List.of(new RelationshipDeclared(declarationId, staffId, crn, relationship, details.strip(), declaredAt));
    }

    /** The line manager decides on a declaration once. */
    List<DeclarationEvent> review(UUID declarationId, ReviewDecision decision, String rationale, String reviewedBy) {
        RelationshipDeclared declaration = Optional.ofNullable(declared.get(declarationId))
                .orElseThrow(() -> new NotFound("no declaration " + declarationId));
        if (reviews.containsKey(declarationId)) {
            throw new RuleViolated("declaration-already-reviewed", "declaration " + declarationId
                    + " already has its decision", null);
        }
        return List.of(new DeclarationReviewed(declarationId, declaration.staffId(), decision, rationale.strip(),
                reviewedBy));
    }

    /**
     * A declaration ends once; the block on supervising the person lifts only when no other declaration about them
     * still stands (002_d7d6c09e19b6ddeb.txt 7.6-7.7 hold only while the relationship does).
     */
    List<DeclarationEvent> end(UUID declarationId, Ending ending) {
        RelationshipDeclared declaration = standing(declarationId);
        boolean anotherStands = declared.values().stream()
                .filter(other -> !other.declarationId().equals(declarationId) && !ended.containsKey(other.declarationId()))
                .anyMatch(other -> other.crn().equals(declaration.crn()));
        return List.of(new DeclarationEnded(declarationId, declaration.staffId(), declaration.crn(), ending,
                !anotherStands));
    }

    private RelationshipDeclared standing(UUID declarationId) {
        RelationshipDeclared declaration = Optional.ofNullable(declared.get(declarationId))
                .orElseThrow(() -> new NotFound("no declaration " + declarationId));
        if (ended.containsKey(declarationId)) {
            throw new RuleViolated("declaration-ended", "declaration " + declarationId + " was "
                    + ended.get(declarationId).ending().name().toLowerCase().replace('_', ' ') + " already", null);
        }
        return declaration;
    }
}
