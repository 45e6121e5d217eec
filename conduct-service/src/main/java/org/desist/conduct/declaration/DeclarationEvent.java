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

    enum Relationship {
        FAMILY,
        SOCIAL,
        INTIMATE,
        PRIOR,
        OTHER
    }
}
