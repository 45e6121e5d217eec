package org.desist.cases.enforcement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person's enforcement position as {@code GET /people/{crn}/enforcement} shows it. */
public record EnforcementView(int warningsInWindow, boolean breachDue, Optional<Instant> breachDueSince,
        Optional<UUID> breachDueAgainst, int windowMonths, List<Enforcement.Warning> warnings, List<Breach> breaches, List<Decision> decisions) {

    public record Breach(UUID breachId, String rationale) {
    }

    public record Decision(String decision, String rationale) {
    }

    static EnforcementView of(Enforcement state, Instant at, EnforcementRules rules) {
        return new EnforcementView(state.warningsInWindow(at, rules).size(), state.breachDue().isPresent(),
                state.breachDue().map(EnforcementEvent.BreachActionDue::failureAt),
                state.breachDue().flatMap(EnforcementEvent.BreachActionDue::sentenceId), rules.windowMonths(),
                state.warnings(),
                state.breaches().stream().map(b -> new Breach(b.breachId(), b.rationale())).toList(),
                state.decisions().stream().map(d -> new Decision(d.decision().name(), d.rationale())).toList());
    }
}
