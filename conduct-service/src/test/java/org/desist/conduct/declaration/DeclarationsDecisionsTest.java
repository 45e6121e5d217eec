package org.desist.conduct.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.desist.conduct.declaration.DeclarationEvent.DeclarationEnded;
import org.desist.conduct.declaration.DeclarationEvent.DeclarationReviewed;
import org.desist.conduct.declaration.DeclarationEvent.Ending;
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
    void aWithdrawnDeclarationLiftsTheBlockOnSupervisingThePerson_002_7_6_and_7_7() {
        RelationshipDeclared declared = cousin();

        assertThat(given(declared).end(declared.declarationId(), Ending.WITHDRAWN)).containsExactly(new DeclarationEnded(
                declared.declarationId(), "alex", "K123456", Ending.WITHDRAWN, true));
    }

    @Test
    void anEndedRelationshipKeepsTheBlockWhileAnotherDeclarationAboutThePersonStands_002_7_6() {
        RelationshipDeclared cousin = cousin();
        RelationshipDeclared friend = new RelationshipDeclared(UUID.randomUUID(), "alex", "K123456", Relationship.SOCIAL,
                "we play football", AT);
        RelationshipDeclared other = new RelationshipDeclared(UUID.randomUUID(), "alex", "K654321", Relationship.PRIOR,
                "school", AT);

        assertThat(given(cousin, friend, other).end(cousin.declarationId(), Ending.RELATIONSHIP_ENDED)).containsExactly(
                new DeclarationEnded(cousin.declarationId(), "alex", "K123456", Ending.RELATIONSHIP_ENDED, false));
        assertThat(given(cousin, friend, new DeclarationEnded(friend.declarationId(), "alex", "K123456", Ending.WITHDRAWN,
                false)).end(cousin.declarationId(), Ending.RELATIONSHIP_ENDED)).singleElement()
                .extracting(e -> ((DeclarationEnded) e).supervisionBlockLifted()).isEqualTo(true);
    }

    @Test
    void aDeclarationEndsOnce_002_7_6() {
        RelationshipDeclared declared = cousin();
        Declarations withdrawn = given(declared, new DeclarationEnded(declared.declarationId(), "alex", "K123456",
                Ending.WITHDRAWN, true));

        assertThatThrownBy(() -> withdrawn.end(declared.declarationId(), Ending.RELATIONSHIP_ENDED))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "declaration-ended");
        assertThatThrownBy(() -> withdrawn.end(UUID.randomUUID(), Ending.WITHDRAWN)).isInstanceOf(NotFound.class);
    }

    @Test
    void aDeclarationNotMadeIsNotFound() {
        assertThatThrownBy(() -> given(cousin()).review(UUID.randomUUID(), ReviewDecision.ESCALATED, "y", "senior"))
                .isInstanceOf(NotFound.class);
    }
}
