package org.desist.cases.enforcement;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.contact.ContactOutcome;
import org.desist.cases.enforcement.EnforcementEvent.BreachActionDue;
import org.desist.cases.enforcement.EnforcementEvent.BreachDecisionRecorded;
import org.desist.cases.enforcement.EnforcementEvent.BreachInitiated;
import org.desist.cases.enforcement.EnforcementEvent.WarningIssued;
import org.desist.cases.enforcement.EnforcementEvent.WarningWithdrawn;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.RuleViolated;

/** A person's enforcement record: warnings, whether breach action is due, and what was done about it. */
public record Enforcement(List<Warning> warnings, Optional<BreachActionDue> breachDue, List<BreachInitiated> breaches,
        List<BreachDecisionRecorded> decisions) {

    public record Warning(UUID warningId, UUID contactId, Instant failureAt, boolean withdrawn) {
    }

    public static final Aggregate<Enforcement, EnforcementEvent> AGGREGATE = new Aggregate<>(EnforcementEvent.class,
            new Enforcement(List.of(), Optional.empty(), List.of(), List.of()), Enforcement::evolve);

    static Enforcement evolve(Enforcement state, EnforcementEvent event) {
        return switch (event) {
            case WarningIssued w -> new Enforcement(append(state.warnings(),
                    new Warning(w.warningId(), w.contactId(), w.failureAt(), false)), state.breachDue(), state.breaches(),
                    state.decisions());
            case WarningWithdrawn w -> new Enforcement(state.warnings().stream()
                    .map(x -> x.warningId().equals(w.warningId())
                            ? new Warning(x.warningId(), x.contactId(), x.failureAt(), true) : x).toList(),
                    state.breachDue(), state.breaches(), state.decisions());
            case BreachActionDue due -> new Enforcement(state.warnings(), Optional.of(due), state.breaches(),
                    state.decisions());
            case BreachInitiated breach -> new Enforcement(state.warnings(), Optional.empty(),
                    append(state.breaches(), breach), state.decisions());
            case BreachDecisionRecorded decision -> new Enforcement(state.warnings(), Optional.empty(), state.breaches(),
                    append(state.decisions(), decision));
        };
    }

    /** Failures to comply that enforcement acts on: a failure to attend or an absence without acceptable reason. */
    public static boolean enforceable(ContactOutcome outcome) {
        return outcome == ContactOutcome.FAILED_TO_ATTEND || outcome == ContactOutcome.UNACCEPTABLE_ABSENCE;
    }

    /** The warnings, not withdrawn, for failures within the window before {@code at}. */
    public List<Warning> warningsInWindow(Instant at, EnforcementRules rules) {
        Instant from = at.atOffset(ZoneOffset.UTC).minusMonths(rules.windowMonths()).toInstant();
        return warnings.stream().filter(w -> !w.withdrawn())
                .filter(w -> !w.failureAt().isBefore(from) && !w.failureAt().isAfter(at)).toList();
    }

    /** A failure to comply: a warning, or breach action due when there were warnings enough within the window. */
    List<EnforcementEvent> failure(UUID contactId, Instant failureAt, EnforcementRules rules) {
        if (warnings.stream().anyMatch(w -> w.contactId().equals(contactId) && !w.withdrawn())
                || breachDue.filter(d -> d.contactId().equals(contactId)).isPresent()) {
            return List.of();
        }
        List<Warning> prior = warningsInWindow(failureAt, rules);
        if (prior.size() >= rules.warningsBeforeBreach()) {
            if (breachDue.isPresent()) {
                return List.of();
            }
            return List.of(new BreachActionDue(contactId, failureAt, prior.stream().map(Warning::warningId).toList()));
        }
        return List.of(new WarningIssued(UuidV7.next(), contactId, failureAt));
    }

    /** A contact's failure was corrected to an acceptable outcome: its warning no longer stands. */
    List<EnforcementEvent> failureCorrected(UUID contactId, String reason) {
        return warnings.stream().filter(w -> w.contactId().equals(contactId) && !w.withdrawn())
                .<EnforcementEvent>map(w -> new WarningWithdrawn(w.warningId(), contactId, reason)).toList();
    }

    List<EnforcementEvent> initiateBreach(String rationale) {
        if (breachDue.isEmpty()) {
            throw new RuleViolated("breach-not-due", "no breach action is due on this case: breach follows a failure to "
                    + "comply after a warning", null);
        }
        return List.of(new BreachInitiated(UuidV7.next(), rationale));
    }

    List<EnforcementEvent> decideNotToBreach(String rationale) {
        if (breachDue.isEmpty()) {
            throw new RuleViolated("breach-not-due", "no breach action is due on this case, so there is nothing to decide",
                    null);
        }
        return List.of(new BreachDecisionRecorded(EnforcementEvent.BreachDecision.NOT_TO_BREACH, rationale));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }
}
