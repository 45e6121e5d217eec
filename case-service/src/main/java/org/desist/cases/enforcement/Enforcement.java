package org.desist.cases.enforcement;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.cases.enforcement.EnforcementEvent.BreachActionDue;
import org.desist.cases.enforcement.EnforcementEvent.BreachDecisionRecorded;
import org.desist.cases.enforcement.EnforcementEvent.BreachDueWithdrawn;
import org.desist.cases.enforcement.EnforcementEvent.BreachInitiated;
import org.desist.cases.enforcement.EnforcementEvent.WarningIssued;
import org.desist.cases.enforcement.EnforcementEvent.WarningWithdrawn;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.RuleViolated;

/**
 * A person's enforcement record: warnings, whether breach action is due (and on which failure, against which order),
 * and what was done about it. It is judged again from the failures as they now stand each time they change
 * ({@link #judge}), so a corrected or late failure moves it with events, never by editing the past.
 */
public record Enforcement(List<Warning> warnings, Optional<BreachActionDue> breachDue, Set<UUID> dealtWith,
        List<BreachInitiated> breaches, List<BreachDecisionRecorded> decisions) {

    public record Warning(UUID warningId, UUID contactId, Instant failureAt, boolean withdrawn) {
    }

    public static final Aggregate<Enforcement, EnforcementEvent> AGGREGATE = new Aggregate<>(EnforcementEvent.class,
            new Enforcement(List.of(), Optional.empty(), Set.of(), List.of(), List.of()), Enforcement::evolve);

    static Enforcement evolve(Enforcement state, EnforcementEvent event) {
        return switch (event) {
            case WarningIssued w -> state.withWarnings(append(state.warnings(),
                    new Warning(w.warningId(), w.contactId(), w.failureAt(), false)));
            case WarningWithdrawn w -> state.withWarnings(state.warnings().stream()
                    .map(x -> x.warningId().equals(w.warningId())
                            ? new Warning(x.warningId(), x.contactId(), x.failureAt(), true) : x).toList());
            case BreachActionDue due -> new Enforcement(state.warnings(), Optional.of(due), state.dealtWith(),
                    state.breaches(), state.decisions());
            case BreachDueWithdrawn withdrawn -> new Enforcement(state.warnings(), Optional.empty(), state.dealtWith(),
                    state.breaches(), state.decisions());
            case BreachInitiated breach -> new Enforcement(state.warnings(), Optional.empty(), state.dealtWithDue(),
                    append(state.breaches(), breach), state.decisions());
            case BreachDecisionRecorded decision -> new Enforcement(state.warnings(), Optional.empty(),
                    state.dealtWithDue(), state.breaches(), append(state.decisions(), decision));
        };
    }

    /** The warnings, not withdrawn, for failures within the window before {@code at}. */
    public List<Warning> warningsInWindow(Instant at, EnforcementRules rules) {
        Instant from = windowStart(at, rules);
        return warnings.stream().filter(w -> !w.withdrawn())
                .filter(w -> !w.failureAt().isBefore(from) && !w.failureAt().isAfter(at)).toList();
    }

    /**
     * The record as the failures now stand, and the events that bring it there. In date order, a failure draws a
     * warning unless there were warnings enough within the window before it, when it makes breach action due — once,
     * and only while its order or licence is still in force (000_c72660e7df92b92e.txt 8.3). A failure a breach
     * decision already dealt with is not judged again. {@code why} is the rationale of any withdrawal.
     */
    List<EnforcementEvent> judge(List<Failure> failures, String why, EnforcementRules rules) {
        List<Failure> inDateOrder = failures.stream()
                .sorted(Comparator.comparing(Failure::at).thenComparing(Failure::contactId)).toList();
        List<Failure> warned = new ArrayList<>();
        Optional<Failure> due = Optional.empty();
        for (Failure failure : inDateOrder) {
            if (dealtWith.contains(failure.contactId())) {
                continue;
            }
            Instant from = windowStart(failure.at(), rules);
            long prior = warned.stream().filter(w -> !w.at().isBefore(from)).count();
            if (prior < rules.warningsBeforeBreach()) {
                warned.add(failure);
            } else if (due.isEmpty() && failure.orderInForce()) {
                due = Optional.of(failure);
            }
        }
        return reconcile(warned, due, why, rules);
    }

    private List<EnforcementEvent> reconcile(List<Failure> warned, Optional<Failure> due, String why,
            EnforcementRules rules) {
        List<EnforcementEvent> events = new ArrayList<>();
        Set<UUID> shouldStand = new HashSet<>(warned.stream().map(Failure::contactId).toList());
        Map<UUID, Warning> standing = new LinkedHashMap<>();
        for (Warning warning : warnings) {
            if (!warning.withdrawn()) {
                if (shouldStand.contains(warning.contactId()) && !standing.containsKey(warning.contactId())) {
                    standing.put(warning.contactId(), warning);
                } else {
                    events.add(new WarningWithdrawn(warning.warningId(), warning.contactId(), why));
                }
            }
        }
        Map<UUID, Warning> after = new LinkedHashMap<>(standing);
        for (Failure failure : warned) {
            if (!standing.containsKey(failure.contactId())) {
                WarningIssued issued = new WarningIssued(UuidV7.next(), failure.contactId(), failure.at());
                events.add(issued);
                after.put(failure.contactId(), new Warning(issued.warningId(), failure.contactId(), failure.at(), false));
            }
        }
        boolean sameDue = due.isPresent() && breachDue.isPresent()
                && breachDue.get().contactId().equals(due.get().contactId());
        if (breachDue.isPresent() && !sameDue) {
            events.add(new BreachDueWithdrawn(breachDue.get().contactId(), why));
        }
        if (due.isPresent() && !sameDue) {
            Failure failure = due.get();
            Instant from = windowStart(failure.at(), rules);
            List<UUID> warningIds = warned.stream()
                    .filter(w -> !w.at().isBefore(from) && !w.at().isAfter(failure.at()))
                    .map(w -> after.get(w.contactId()).warningId()).toList();
            events.add(new BreachActionDue(failure.contactId(), failure.at(), warningIds,
                    Optional.of(failure.sentenceId())));
        }
        return events;
    }

    List<EnforcementEvent> initiateBreach(String rationale) {
        if (breachDue.isEmpty()) {
            throw new RuleViolated("breach-not-due", "no breach action is due on this case: breach follows a failure to "
                    + "comply after a warning, against an order or licence in force", null);
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

    private Enforcement withWarnings(List<Warning> changed) {
        return new Enforcement(List.copyOf(changed), breachDue, dealtWith, breaches, decisions);
    }

    /** The failure that made breach due, now dealt with by a decision: it is never judged again. */
    private Set<UUID> dealtWithDue() {
        if (breachDue.isEmpty()) {
            return dealtWith;
        }
        Set<UUID> dealt = new HashSet<>(dealtWith);
        dealt.add(breachDue.get().contactId());
        return Set.copyOf(dealt);
    }

    private static Instant windowStart(Instant at, EnforcementRules rules) {
        return at.atOffset(ZoneOffset.UTC).minusMonths(rules.windowMonths()).toInstant();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }
}
