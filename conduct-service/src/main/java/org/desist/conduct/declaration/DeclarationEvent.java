package org.desist.conduct.declaration;

import java.time.Instant;
import java.util.UUID;
import org.desist.eventstore.command.EventType;

/** Declarations by staff (002_d7d6c09e19b6ddeb.txt 7.5-7.7; 001: conflicts of interest disclosed to superiors). */
public sealed interface DeclarationEvent {

    /** Published for case-service, which keeps the member of staff from supervising the person (002 7.6-7.7). */
    @EventType("conduct.relationship.declared")
    record RelationshipDeclared(UUID declarationId, String staffId, String crn, Relationship relationship, String details,
            Instant declaredAt) implements DeclarationEvent {
    }

    /** The declarer's line manager's decision on a declaration, with the reasons (001: disclosed to superiors). */
    @EventType("conduct.declaration.reviewed")
    record DeclarationReviewed(UUID declarationId, String staffId, ReviewDecision decision, String rationale,
            String reviewedBy) implements DeclarationEvent, org.desist.eventstore.command.Judgement {
    }

    /**
     * Published for case-service: the declaration no longer stands, and whether that lifts the block on the member of
     * staff supervising the person (no other declaration about them still stands). Nothing about the relationship.
     */
    @EventType("conduct.relationship.declaration-ended")
    record DeclarationEnded(UUID declarationId, String staffId, String crn, Ending ending, boolean supervisionBlockLifted)
            implements DeclarationEvent {
    }

    /** How a declaration stops standing: the declarer (or line manager) withdraws it, or the relationship has ended. */
    enum Ending {
        WITHDRAWN,
        RELATIONSHIP_ENDED
    }

    enum ReviewDecision {
        NO_FURTHER_ACTION,
        RESTRICTIONS_APPLIED,
        ESCALATED
    }

    enum Relationship {
        FAMILY,
        SOCIAL,
        INTIMATE,
        PRIOR,
        OTHER
    }
}
