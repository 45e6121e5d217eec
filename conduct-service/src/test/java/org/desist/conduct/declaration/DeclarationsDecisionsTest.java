package org.desist.conduct.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.desist.conduct.declaration.DeclarationEvent.DeclarationReviewed;
import org.desist.conduct.declaration.DeclarationEvent.Relationship;
import org.desist.conduct.declaration.DeclarationEvent.RelationshipDeclared;
import org.desist.conduct.declaration.DeclarationEvent.ReviewDecision;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a member of staff's declarations, when one is made or reviewed by the line manager, then these events. */
class DeclarationsDecisionsTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    private static Declarations given(DeclarationEvent... events) {
        return Declarations.AGGREGATE.fold(List.of(events));
    }

    private static RelationshipDeclared cousin() {
        return new RelationshipDeclared(UUID.randomUUID(), "alex", "K123456", Relationship.FAMILY, "my cousin", AT);
    }

    @Test
    void aRelationshipWithAPersonOnProbationIsDeclared_002_7_5() {
        UUID id = UUID.randomUUID();

        assertThat(Declarations.declare(id, "alex", "K123456", Relationship.FAMILY, " my cousin ", AT)).containsExactly(
                new RelationshipDeclared(id, "alex", "K123456", Relationship.FAMILY, "my cousin", AT));
    }

    @Test
    void theLineManagerDecidesOnADeclarationWithTheRationale() {
        RelationshipDeclared declared = cousin();

        assertThat(given(declared).review(declared.declarationId(), ReviewDecision.RESTRICTIONS_APPLIED,
                " no contact with the case ", "senior")).containsExactly(new DeclarationReviewed(
                        declared.declarationId(), "alex", ReviewDecision.RESTRICTIONS_APPLIED, "no contact with the case",
                        "senior"));
    }

    @Test
    void aDeclarationIsReviewedOnce() {
        RelationshipDeclared declared = cousin();
        Declarations reviewed = given(declared, new DeclarationReviewed(declared.declarationId(), "alex",
                ReviewDecision.NO_FURTHER_ACTION, "x", "senior"));

        assertThatThrownBy(() -> reviewed.review(declared.declarationId(), ReviewDecision.ESCALATED, "y", "senior"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "declaration-already-reviewed");
    }

    @Test
    void aDeclarationNotMadeIsNotFound() {
        assertThatThrownBy(() -> given(cousin()).review(UUID.randomUUID(), ReviewDecision.ESCALATED, "y", "senior"))
                .isInstanceOf(NotFound.class);
    }
}
