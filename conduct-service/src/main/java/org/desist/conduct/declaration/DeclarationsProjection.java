package org.desist.conduct.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.conduct.declaration.DeclarationEvent.ConflictDeclared;
import org.desist.conduct.declaration.DeclarationEvent.ConflictWithdrawn;
import org.desist.conduct.declaration.DeclarationEvent.DeclarationAmended;
import org.desist.conduct.declaration.DeclarationEvent.DeclarationEnded;
import org.desist.conduct.declaration.DeclarationEvent.DeclarationReviewed;
import org.desist.conduct.declaration.DeclarationEvent.RelationshipDeclared;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;

/** Keeps {@code declarations}, from both of a member's streams. */
@ApplicationScoped
public class DeclarationsProjection implements Projection<DeclarationEvent> {

    @Override
    public String name() {
        return "declarations";
    }

    @Override
    public Class<DeclarationEvent> family() {
        return DeclarationEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, DeclarationEvent event) {
        switch (event) {
            case RelationshipDeclared d -> {
                DeclarationRecord row = new DeclarationRecord();
                row.declarationId = d.declarationId();
                row.staffId = d.staffId();
                row.crn = d.crn();
                row.relationship = d.relationship().name();
                row.details = d.details();
                row.declaredAt = d.declaredAt();
                row.persist();
            }
            case ConflictDeclared c -> {
                DeclarationRecord row = new DeclarationRecord();
                row.declarationId = c.declarationId();
                row.staffId = c.staffId();
                row.conflict = c.conflict().name();
                row.crn = c.crn().orElse(null);
                row.agency = c.agency().orElse(null);
                row.details = c.details();
                row.declaredAt = c.declaredAt();
                row.persist();
            }
            case DeclarationAmended a -> {
                DeclarationRecord row = DeclarationRecord.findById(a.declarationId());
                row.details = a.details();
                row.amendments++;
                row.amendedAt = a.amendedAt();
                row.amendmentReason = a.reason();
                row.decision = null;
                row.decidedBy = null;
                row.rationale = null;
            }
            case ConflictWithdrawn w -> {
                DeclarationRecord row = DeclarationRecord.findById(w.declarationId());
                row.ended = DeclarationEvent.Ending.WITHDRAWN.name();
            }
            case DeclarationReviewed r -> {
                DeclarationRecord row = DeclarationRecord.findById(r.declarationId());
                row.decision = r.decision().name();
                row.decidedBy = r.reviewedBy();
                row.rationale = r.rationale();
            }
            case DeclarationEnded e -> {
                DeclarationRecord row = DeclarationRecord.findById(e.declarationId());
                row.ended = e.ending().name();
            }
        }
    }

    @Override
    public void reset() {
        DeclarationRecord.deleteAll();
    }
}
