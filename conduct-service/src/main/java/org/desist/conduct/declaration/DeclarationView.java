package org.desist.conduct.declaration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.access.LimitedAccess;
import org.desist.conduct.access.NamedCase;
import org.desist.conduct.declaration.DeclarationEvent.Conflict;
import org.desist.conduct.declaration.DeclarationEvent.Ending;
import org.desist.conduct.declaration.DeclarationEvent.Relationship;
import org.desist.conduct.declaration.DeclarationEvent.ReviewDecision;

/**
 * A declaration as its readers see it: a relationship with a person on probation ({@code relationship}, {@code crn})
 * or another conflict of interest ({@code conflict}), with what it says now, its decision and how it ended. The CRN is
 * withheld ({@code crnWithheld}) from a reader the case's limited access keeps out; the details, the declarer's own
 * words, stay as they are.
 */
public record DeclarationView(UUID declarationId, String staffId, Optional<Relationship> relationship,
        Optional<Conflict> conflict, Optional<String> crn, Optional<String> crnWithheld, Optional<String> agency,
        String details, Instant declaredAt, int amendments, Optional<Instant> amendedAt, Optional<String> amendmentReason, Optional<ReviewDecision> decision,
        Optional<String> decidedBy, Optional<String> rationale, Optional<Ending> ended) {

    static DeclarationView of(DeclarationRecord row, LimitedAccess access) {
        NamedCase named = access.named(row.crn);
        return new DeclarationView(row.declarationId, row.staffId,
                Optional.ofNullable(row.relationship).map(Relationship::valueOf),
                Optional.ofNullable(row.conflict).map(Conflict::valueOf), named.crn(), named.crnWithheld(),
                Optional.ofNullable(row.agency), row.details, row.declaredAt, row.amendments,
                Optional.ofNullable(row.amendedAt), Optional.ofNullable(row.amendmentReason),
                Optional.ofNullable(row.decision).map(ReviewDecision::valueOf), Optional.ofNullable(row.decidedBy),
                Optional.ofNullable(row.rationale), Optional.ofNullable(row.ended).map(Ending::valueOf));
    }

    /** A member of staff's declarations, latest first. */
    static List<DeclarationView> of(String staffId, LimitedAccess access) {
        return DeclarationRecord.<DeclarationRecord>list("staffId = ?1 order by declaredAt desc", staffId).stream()
                .map(row -> of(row, access)).toList();
    }
}
