package org.desist.conduct.declaration;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;

/** Declarations by staff (002_d7d6c09e19b6ddeb.txt 7.5-7.7; 001: conflicts of interest disclosed to superiors). */
public sealed interface DeclarationEvent {

    /** Published for case-service, which keeps the member of staff from supervising the person (002 7.6-7.7). */
    @EventType("conduct.relationship.declared")
    record RelationshipDeclared(UUID declarationId, String staffId, String crn, Relationship relationship, String details,
            Instant declaredAt) implements DeclarationEvent {
    }

    /**
     * The declarer's line manager's decision on a declaration, with the steps taken (001: disclosed to superiors). Kept
     * in the member's private stream; those recorded before amendments existed are in the published one.
     */
    @EventType("conduct.declaration.reviewed")
    record DeclarationReviewed(UUID declarationId, String staffId, ReviewDecision decision, String rationale,
            String reviewedBy) implements DeclarationEvent, Judgement {
    }

    /**
     * A conflict of interest other than a relationship with a person on probation, declared to the line manager
     * (001: "disclose any potential conflicts to superiors"). Private: no other service acts on it.
     */
    @EventType("conduct.conflict-of-interest.declared")
    record ConflictDeclared(UUID declarationId, String staffId, Conflict conflict, String details, Optional<String> crn,
            Optional<String> agency, Instant declaredAt) implements DeclarationEvent {

        public ConflictDeclared {
            crn = crn == null ? Optional.empty() : crn;
            agency = agency == null ? Optional.empty() : agency;
        }
    }

    /**
     * The declarer restates a declaration's details, saying why; a decision made before no longer stands and the line
     * manager decides again. Private, whatever was declared.
     */
    @EventType("conduct.declaration.amended")
    record DeclarationAmended(UUID declarationId, String staffId, String details, String reason, Instant amendedAt)
            implements DeclarationEvent, Judgement {

        @Override
        public String rationale() {
            return reason;
        }
    }

    /** The declarer or their line manager withdraws a declared conflict of interest. Private. */
    @EventType("conduct.conflict-of-interest.withdrawn")
    record ConflictWithdrawn(UUID declarationId, String staffId) implements DeclarationEvent {
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

    /** The conflicts of interest, other than relationships with people on probation, that staff declare. */
    enum Conflict {
        FINANCIAL_INTEREST,
        /** A prior professional or personal connection to a case: names the person's CRN. */
        CONNECTION_TO_CASE,
        /** A family member working in a partner agency: names the agency. */
        FAMILY_IN_PARTNER_AGENCY
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
