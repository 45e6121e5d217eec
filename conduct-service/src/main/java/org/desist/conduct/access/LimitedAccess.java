package org.desist.conduct.access;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.desist.eventstore.access.Access.Refused;
import org.desist.eventstore.access.NeedToKnowGuard;

/**
 * The CRNs conduct-service's staff records name, as the caller may see them. Conduct roles and line managers see the
 * cases staff records name without being on them (no caseload rule), but never one whose limited access keeps them
 * out (issue 13, restricted and excluded cases): the kernel's rule, fed by case-service's events. One per request, so
 * that a register naming a case many times asks once.
 */
@RequestScoped
public class LimitedAccess {

    private final NeedToKnowGuard guard;
    private final Map<String, NamedCase> seen = new HashMap<>();

    LimitedAccess(NeedToKnowGuard guard) {
        this.guard = guard;
    }

    /** The case a record names, or why it is withheld from the caller. */
    public NamedCase named(Optional<String> crn) {
        return crn.map(this::named).orElse(NamedCase.NONE);
    }

    /** The case a record names (null for none), or why it is withheld from the caller. */
    public NamedCase named(String crn) {
        return crn == null ? NamedCase.NONE : seen.computeIfAbsent(crn, c -> guard.keptOut(c)
                .map(refused -> new NamedCase(Optional.empty(), Optional.of(reason(refused))))
                .orElseGet(() -> new NamedCase(Optional.of(c), Optional.empty())));
    }

    /** A refusal's message, except one that would tell a reader who is not staff that the case exists. */
    private static String reason(Refused refused) {
        return refused.status() == 404 || refused.message().isBlank() ? "limited access"
                : "limited access: " + refused.message();
    }
}
