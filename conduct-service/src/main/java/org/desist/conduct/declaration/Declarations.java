package org.desist.conduct.declaration;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.declaration.DeclarationEvent.Conflict;
import org.desist.conduct.declaration.DeclarationEvent.ConflictDeclared;
import org.desist.conduct.declaration.DeclarationEvent.ConflictWithdrawn;
import org.desist.conduct.declaration.DeclarationEvent.DeclarationAmended;
import org.desist.conduct.declaration.DeclarationEvent.DeclarationEnded;
import org.desist.conduct.declaration.DeclarationEvent.DeclarationReviewed;
import org.desist.conduct.declaration.DeclarationEvent.Ending;
import org.desist.conduct.declaration.DeclarationEvent.Relationship;
import org.desist.conduct.declaration.DeclarationEvent.RelationshipDeclared;
import org.desist.conduct.declaration.DeclarationEvent.ReviewDecision;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;

/**
 * A member of staff's declarations — relationships with people on probation and other conflicts of interest — with
 * their amendments, the line manager's decision on each as it now stands, and how each ended.
 */
public record Declarations(Map<UUID, RelationshipDeclared> declared, Map<UUID, ConflictDeclared> conflicts,
        Map<UUID, DeclarationAmended> amendments, Map<UUID, DeclarationReviewed> reviews, Map<UUID, Ending> ended) {

    static final String CONFLICTS_CLAUSE = "001_9fa4dace4d8e27d3.txt, handling conflicts of interest";

    public static final Aggregate<Declarations, DeclarationEvent> AGGREGATE = new Aggregate<>(DeclarationEvent.class,
            new Declarations(Map.of(), Map.of(), Map.of(), Map.of(), Map.of()), Declarations::evolve);

    static Declarations evolve(Declarations state, DeclarationEvent event) {
        Map<UUID, RelationshipDeclared> declared = new LinkedHashMap<>(state.declared());
        Map<UUID, ConflictDeclared> conflicts = new LinkedHashMap<>(state.conflicts());
        Map<UUID, DeclarationAmended> amendments = new LinkedHashMap<>(state.amendments());
        Map<UUID, DeclarationReviewed> reviews = new LinkedHashMap<>(state.reviews());
        Map<UUID, Ending> ended = new LinkedHashMap<>(state.ended());
        switch (event) {
            case RelationshipDeclared d -> declared.put(d.declarationId(), d);
            case ConflictDeclared c -> conflicts.put(c.declarationId(), c);
            case DeclarationAmended a -> {
                amendments.put(a.declarationId(), a);
                // the decision was on details that no longer stand: the line manager decides again
                reviews.remove(a.declarationId());
            }
            case DeclarationReviewed r -> reviews.put(r.declarationId(), r);
            case DeclarationEnded e -> ended.put(e.declarationId(), e.ending());
            case ConflictWithdrawn w -> ended.put(w.declarationId(), Ending.WITHDRAWN);
        }
        return new Declarations(Map.copyOf(declared), Map.copyOf(conflicts), Map.copyOf(amendments), Map.copyOf(reviews),
                Map.copyOf(ended));
    }

    /**
     * What case-service acts on goes to the member's published stream: a relationship declared and its ending
     * (002_d7d6c09e19b6ddeb.txt 7.6-7.7). Everything else stays in the private one.
     */
    static boolean published(DeclarationEvent event) {
        return event instanceof RelationshipDeclared || event instanceof DeclarationEnded;
    }

    /**
     * The published stream's state with the private one's: amendments, and reviews since, are only ever private, so a
     * review in the published stream (from before amendments existed) stands only while no amendment followed it.
     */
    static Declarations combined(Declarations published, Declarations kept) {
        Map<UUID, DeclarationReviewed> reviews = new LinkedHashMap<>(published.reviews());
        reviews.keySet().removeAll(kept.amendments().keySet());
        reviews.putAll(kept.reviews());
        return new Declarations(union(published.declared(), kept.declared()), union(published.conflicts(),
                kept.conflicts()), union(published.amendments(), kept.amendments()), Map.copyOf(reviews),
                union(published.ended(), kept.ended()));
    }

    private static <V> Map<UUID, V> union(Map<UUID, V> first, Map<UUID, V> second) {
        Map<UUID, V> both = new LinkedHashMap<>(first);
        both.putAll(second);
        return Map.copyOf(both);
    }

    /** 002_d7d6c09e19b6ddeb.txt 7.5-7.7: every declaration is recorded; case-service keeps the declarer away. */
    static List<DeclarationEvent> declare(UUID declarationId, String staffId, String crn, Relationship relationship,
            String details, Instant declaredAt) {
        return List.of(new RelationshipDeclared(declarationId, staffId, crn, relationship, details.strip(), declaredAt));
    }

    /** A connection to a case names the case, and a family member in a partner agency names the agency. */
    static List<DeclarationEvent> declareConflict(UUID declarationId, String staffId, Conflict conflict, String details,
            Optional<String> crn, Optional<String> agency, Instant declaredAt) {
        if (conflict == Conflict.CONNECTION_TO_CASE && crn.isEmpty()) {
            throw new InvalidField("crn", "required-for-a-connection-to-a-case", "a connection to a case names the "
                    + "person's CRN", CONFLICTS_CLAUSE);
        }
        if (conflict == Conflict.FAMILY_IN_PARTNER_AGENCY && agency.map(String::isBlank).orElse(true)) {
            throw new InvalidField("agency", "required-for-family-in-a-partner-agency", "name the partner agency the "
                    + "family member works for", CONFLICTS_CLAUSE);
        }
        return List.of(new ConflictDeclared(declarationId, staffId, conflict, details.strip(), crn,
                agency.map(String::strip), declaredAt));
    }

    /** The line manager decides on a standing declaration once, and again after each amendment. */
    List<DeclarationEvent> review(UUID declarationId, ReviewDecision decision, String rationale, String reviewedBy) {
        String staffId = standing(declarationId);
        if (reviews.containsKey(declarationId)) {
            throw new RuleViolated("declaration-already-reviewed", "declaration " + declarationId
                    + " already has its decision; the declarer's amendment would reopen it", null);
        }
        return List.of(new DeclarationReviewed(declarationId, staffId, decision, rationale.strip(), reviewedBy));
    }

    /** The declarer restates what they declared, with the reason; a standing declaration only, and a real change. */
    List<DeclarationEvent> amend(UUID declarationId, String details, String reason, Instant amendedAt) {
        String staffId = standing(declarationId);
        if (details.strip().equals(details(declarationId))) {
            throw new InvalidField("details", "changed-by-the-amendment", "the amended details are what the declaration "
                    + "already says", null);
        }
        return List.of(new DeclarationAmended(declarationId, staffId, details.strip(), reason.strip(), amendedAt));
    }

    /**
     * A declaration ends once; the block on supervising the person lifts only when no other declaration about them
     * still stands (002_d7d6c09e19b6ddeb.txt 7.6-7.7 hold only while the relationship does). A conflict of interest is
     * withdrawn; only a relationship ends as a relationship.
     */
    List<DeclarationEvent> end(UUID declarationId, Ending ending) {
        String staffId = standing(declarationId);
        ConflictDeclared conflict = conflicts.get(declarationId);
        if (conflict != null) {
            if (ending != Ending.WITHDRAWN) {
                throw new RuleViolated("not-a-relationship", "declaration " + declarationId + " is a "
                        + conflict.conflict().name().toLowerCase().replace('_', ' ') + ", not a relationship: withdraw "
                        + "it instead", null);
            }
            return List.of(new ConflictWithdrawn(declarationId, staffId));
        }
        RelationshipDeclared declaration = declared.get(declarationId);
        boolean anotherStands = declared.values().stream()
                .filter(other -> !other.declarationId().equals(declarationId) && !ended.containsKey(other.declarationId()))
                .anyMatch(other -> other.crn().equals(declaration.crn()));
        return List.of(new DeclarationEnded(declarationId, staffId, declaration.crn(), ending, !anotherStands));
    }

    /** What the declaration says now: its latest amendment's details, or what was declared. */
    String details(UUID declarationId) {
        return Optional.ofNullable(amendments.get(declarationId)).map(DeclarationAmended::details)
                .or(() -> Optional.ofNullable(declared.get(declarationId)).map(RelationshipDeclared::details))
                .or(() -> Optional.ofNullable(conflicts.get(declarationId)).map(ConflictDeclared::details))
                .orElseThrow(() -> new NotFound("no declaration " + declarationId));
    }

    private String staffId(UUID declarationId) {
        return Optional.ofNullable(declared.get(declarationId)).map(RelationshipDeclared::staffId)
                .or(() -> Optional.ofNullable(conflicts.get(declarationId)).map(ConflictDeclared::staffId))
                .orElseThrow(() -> new NotFound("no declaration " + declarationId));
    }

    /** The declarer of a declaration that still stands. */
    private String standing(UUID declarationId) {
        String staffId = staffId(declarationId);
        if (ended.containsKey(declarationId)) {
            throw new RuleViolated("declaration-ended", "declaration " + declarationId + " was "
                    + ended.get(declarationId).name().toLowerCase().replace('_', ' ') + " already", null);
        }
        return staffId;
    }
}
