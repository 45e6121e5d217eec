package org.desist.conduct.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.conduct.declaration.DeclarationEvent.DeclarationEnded;
import org.desist.conduct.declaration.DeclarationEvent.DeclarationReviewed;
import org.desist.conduct.declaration.DeclarationEvent.RelationshipDeclared;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;

/** Keeps {@code declarations}. */
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
