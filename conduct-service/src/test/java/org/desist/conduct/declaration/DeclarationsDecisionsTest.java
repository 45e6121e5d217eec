package org.desist.conduct.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
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
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/**
 * Given a member of staff's declarations, when one is made, amended, reviewed by the line manager or ended, then these
 * events, or the named refusal.
 */
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

    private static ConflictDeclared shares() {
        return new ConflictDeclared(UUID.randomUUID(), "alex", Conflict.FINANCIAL_INTEREST, "shares in the tagging "
                + "contractor", Optional.empty(), Optional.empty(), AT);
    }

    @Test
    void aFinancialInterestIsDeclaredToTheLineManager_001() {
        UUID id = UUID.randomUUID();

        assertThat(Declarations.declareConflict(id, "alex", Conflict.FINANCIAL_INTEREST, " shares in the tagging "
                + "contractor ", Optional.empty(), Optional.empty(), AT)).containsExactly(new ConflictDeclared(id, "alex",
                        Conflict.FINANCIAL_INTEREST, "shares in the tagging contractor", Optional.empty(),
                        Optional.empty(), AT));
    }

    @Test
    void aConnectionToACaseNamesTheCase_001() {
        assertThatThrownBy(() -> Declarations.declareConflict(UUID.randomUUID(), "alex", Conflict.CONNECTION_TO_CASE,
                "I acted for the victim as a solicitor", Optional.empty(), Optional.empty(), AT))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "crn")
                .hasFieldOrPropertyWithValue("rule", "required-for-a-connection-to-a-case");
        assertThat(Declarations.declareConflict(UUID.randomUUID(), "alex", Conflict.CONNECTION_TO_CASE, "the victim's "
                + "solicitor", Optional.of("K123456"), Optional.empty(), AT)).singleElement()
                .extracting(e -> ((ConflictDeclared) e).crn()).isEqualTo(Optional.of("K123456"));
    }

    @Test
    void aFamilyMemberInAPartnerAgencyNamesTheAgency_001() {
        assertThatThrownBy(() -> Declarations.declareConflict(UUID.randomUUID(), "alex",
                Conflict.FAMILY_IN_PARTNER_AGENCY, "my brother", Optional.empty(), Optional.of(" "), AT))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "agency")
                .hasFieldOrPropertyWithValue("rule", "required-for-family-in-a-partner-agency");
    }

    @Test
    void theLineManagerDecidesOnAConflictWithTheStepsTaken_001() {
        ConflictDeclared declared = shares();

        assertThat(given(declared).review(declared.declarationId(), ReviewDecision.RESTRICTIONS_APPLIED,
                "kept off the tagging contract's review panel", "senior")).containsExactly(new DeclarationReviewed(
                        declared.declarationId(), "alex", ReviewDecision.RESTRICTIONS_APPLIED,
                        "kept off the tagging contract's review panel", "senior"));
    }

    @Test
    void theDeclarerAmendsADeclarationWithTheReason() {
        RelationshipDeclared declared = cousin();

        assertThat(given(declared).amend(declared.declarationId(), " my cousin, now my lodger ", " moved in ", AT))
                .containsExactly(new DeclarationAmended(declared.declarationId(), "alex", "my cousin, now my lodger",
                        "moved in", AT));
    }

    @Test
    void anAmendmentReopensTheLineManagersDecision() {
        ConflictDeclared declared = shares();
        Declarations amended = given(declared, new DeclarationReviewed(declared.declarationId(), "alex",
                ReviewDecision.NO_FURTHER_ACTION, "a small holding", "senior"), new DeclarationAmended(
                        declared.declarationId(), "alex", "a controlling share", "bought more", AT));

        assertThat(amended.review(declared.declarationId(), ReviewDecision.ESCALATED, "to the chief executive",
                "senior")).singleElement().isInstanceOf(DeclarationReviewed.class);
        assertThat(amended.details(declared.declarationId())).isEqualTo("a controlling share");
    }

    @Test
    void anAmendmentChangesWhatTheDeclarationSays() {
        ConflictDeclared declared = shares();

        assertThatThrownBy(() -> given(declared).amend(declared.declarationId(), declared.details(), "no change", AT))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "details")
                .hasFieldOrPropertyWithValue("rule", "changed-by-the-amendment");
    }

    @Test
    void anEndedDeclarationIsNeitherAmendedNorReviewed() {
        RelationshipDeclared declared = cousin();
        Declarations withdrawn = given(declared, new DeclarationEnded(declared.declarationId(), "alex", "K123456",
                Ending.WITHDRAWN, true));

        assertThatThrownBy(() -> withdrawn.amend(declared.declarationId(), "other", "why", AT))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "declaration-ended");
        assertThatThrownBy(() -> withdrawn.review(declared.declarationId(), ReviewDecision.ESCALATED, "y", "senior"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "declaration-ended");
    }

    @Test
    void aConflictIsWithdrawnOnceAndDoesNotEndAsARelationship_001() {
        ConflictDeclared declared = shares();

        assertThat(given(declared).end(declared.declarationId(), Ending.WITHDRAWN))
                .containsExactly(new ConflictWithdrawn(declared.declarationId(), "alex"));
        assertThatThrownBy(() -> given(declared).end(declared.declarationId(), Ending.RELATIONSHIP_ENDED))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "not-a-relationship");
        assertThatThrownBy(() -> given(declared, new ConflictWithdrawn(declared.declarationId(), "alex"))
                .end(declared.declarationId(), Ending.WITHDRAWN)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "declaration-ended");
    }

    @Test
    void onlyWhatCaseServiceActsOnIsPublished_002_7_6() {
        RelationshipDeclared declared = cousin();

        assertThat(Declarations.published(declared)).isTrue();
        assertThat(Declarations.published(new DeclarationEnded(declared.declarationId(), "alex", "K123456",
                Ending.WITHDRAWN, true))).isTrue();
        assertThat(List.<DeclarationEvent>of(shares(), new ConflictWithdrawn(declared.declarationId(), "alex"),
                new DeclarationAmended(declared.declarationId(), "alex", "x", "y", AT), new DeclarationReviewed(
                        declared.declarationId(), "alex", ReviewDecision.ESCALATED, "z", "senior")))
                .noneMatch(Declarations::published);
    }

    @Test
    void aDecisionPublishedBeforeAnAmendmentNoLongerStands() {
        RelationshipDeclared declared = cousin();
        Declarations published = given(declared, new DeclarationReviewed(declared.declarationId(), "alex",
                ReviewDecision.NO_FURTHER_ACTION, "a distant cousin", "senior"));
        Declarations kept = given(new DeclarationAmended(declared.declarationId(), "alex", "my cousin, now my lodger",
                "moved in", AT));

        assertThatThrownBy(() -> published.review(declared.declarationId(), ReviewDecision.ESCALATED, "y", "senior"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "declaration-already-reviewed");
        Declarations both = Declarations.combined(published, kept);
        assertThat(both.details(declared.declarationId())).isEqualTo("my cousin, now my lodger");
        assertThat(both.review(declared.declarationId(), ReviewDecision.ESCALATED, "lives with the officer", "senior"))
                .singleElement().isInstanceOf(DeclarationReviewed.class);
    }
}
