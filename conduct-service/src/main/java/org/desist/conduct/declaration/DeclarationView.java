package org.desist.conduct.declaration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.declaration.DeclarationEvent.Conflict;
import org.desist.conduct.declaration.DeclarationEvent.Ending;
import org.desist.conduct.declaration.DeclarationEvent.Relationship;
import org.desist.conduct.declaration.DeclarationEvent.ReviewDecision;

/**
 * A declaration as its readers see it: a relationship with a person on probation ({@code relationship}, {@code crn})
 * or another conflict of interest ({@code conflict}), with what it says now, its decision and how it ended.
 */
public record DeclarationView(UUID declarationId, String staffId, Optional<Relationship> relationship,
        Optional<Conflict> conflict, Optional<String> crn, Optional<String> agency, String details, Instant declaredAt,
        int amendments, Optional<Instant> amendedAt, Optional<String> amendmentReason, Optional<ReviewDecision> decision,
        Optional<String> decidedBy, Optional<String> rationale, Optional<Ending> ended) {

    static DeclarationView of(DeclarationRecord row) {
        return new DeclarationView(row.declarationId, row.staffId,
                Optional.ofNullable(row.relationship).map(Relationship::valueOf),
                Optional.ofNullable(row.conflict).map(Conflict::valueOf), Optional.ofNullable(row.crn),
                Optional.ofNullable(row.agency), row.details, row.declaredAt, row.amendments,
                Optional.ofNullable(row.amendedAt), Optional.ofNullable(row.amendmentReason),
                Optional.ofNullable(row.decision).map(ReviewDecision::valueOf), Optional.ofNullable(row.decidedBy),
                Optional.ofNullable(row.rationale), Optional.ofNullable(row.ended).map(Ending::valueOf));
    }

    /** A member of staff's declarations, latest first. */
    static List<DeclarationView> of(String staffId) {
        return DeclarationRecord.<DeclarationRecord>list("staffId = ?1 order by declaredAt desc", staffId).stream()
                .map(DeclarationView::of).toList();
    }
}
