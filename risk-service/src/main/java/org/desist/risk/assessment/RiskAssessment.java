package org.desist.risk.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.desist.risk.assessment.AssessmentEvent.AssessmentCompleted;
import org.desist.risk.assessment.AssessmentEvent.OverrideCountersigned;
import org.desist.risk.assessment.AssessmentEvent.OverrideLapsed;
import org.desist.risk.assessment.AssessmentEvent.OverrideRecorded;
import org.desist.risk.assessment.AssessmentEvent.RegistrationAdded;
import org.desist.risk.assessment.AssessmentEvent.RegistrationRemoved;
import org.desist.risk.assessment.AssessmentEvent.RegistrationReviewed;
import org.desist.risk.assessment.AssessmentEvent.ReviewCompleted;
import org.desist.risk.assessment.AssessmentEvent.ReviewDue;
import org.desist.risk.assessment.AssessmentEvent.RoshAssessed;
import org.desist.risk.assessment.AssessmentEvent.RoshAssessmentLapsed;
import org.desist.risk.assessment.AssessmentEvent.RoshCountersigned;
import org.desist.risk.assessment.AssessmentEvent.TierCalculationChanged;
import org.desist.risk.assessment.AssessmentEvent.TierInForceChanged;
import org.desist.risk.tier.RoshLevel;
import org.desist.risk.tier.TierCalculation;

/**
 * A person's risk judgements as they stand: RoSH in effect and awaiting countersignature, assessment, registrations,
 * the tier calculated and in force, overrides, reviews.
 */
public record RiskAssessment(Optional<RoshLevel> effectiveRosh, Map<UUID, RoshAssessed> awaitingCountersignature,
        Set<UUID> lapsedRosh, Optional<AssessmentCompleted> assessment, Map<UUID, RegistrationAdded> registrations,
        Optional<TierCalculationChanged> tier, Optional<String> publishedTierInForce,
        Map<UUID, OverrideRecorded> overridesAwaiting, Set<UUID> lapsedOverrides,
        Map<CalculatedLevel, OverrideCountersigned> overrides, Optional<ReviewDue> reviewDue,
        Optional<ReviewCompleted> lastReview, Optional<Instant> failuresCountedTo) {

    static final String CODE_OF_ETHICS_8_3 = "000_c72660e7df92b92e.txt 8.3";
    static final String CODE_OF_ETHICS_8_5 = "000_c72660e7df92b92e.txt 8.5";

    public static final RiskAssessment INITIAL = new RiskAssessment(Optional.empty(), Map.of(), Set.of(),
            Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), Map.of(), Set.of(), Map.of(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public static final Aggregate<RiskAssessment, AssessmentEvent> AGGREGATE = new Aggregate<>(AssessmentEvent.class,
            INITIAL, RiskAssessment::evolve);

    /** The tier in force: a countersigned override of the current calculation, else the calculation. */
    public Optional<String> tierInForce() {
        return tier.map(TierCalculationChanged::tier).map(calculated -> inForce(CalculatedLevel.TIER, calculated));
    }

    /**
     * The value of a level in force, given its current calculation: the latest countersigned override made of that
     * same calculated value; a calculation that has since changed leaves the override behind.
     */
    public String inForce(CalculatedLevel level, String calculated) {
        return override(level, calculated).map(OverrideCountersigned::value).orElse(calculated);
    }

    /** The countersigned override in force for a level whose current calculation is {@code calculated}. */
    public Optional<OverrideCountersigned> override(CalculatedLevel level, String calculated) {
        return Optional.ofNullable(overrides.get(level)).filter(o -> o.calculated().equals(calculated));
    }

    static RiskAssessment evolve(RiskAssessment s, AssessmentEvent event) {
        Map<UUID, RoshAssessed> awaiting = new LinkedHashMap<>(s.awaitingCountersignature());
        Set<UUID> lapsedRosh = new HashSet<>(s.lapsedRosh());
        Map<UUID, RegistrationAdded> registrations = new LinkedHashMap<>(s.registrations());
        Optional<RoshLevel> rosh = s.effectiveRosh();
        Optional<AssessmentCompleted> assessment = s.assessment();
        Optional<TierCalculationChanged> tier = s.tier();
        Optional<String> published = s.publishedTierInForce();
        Map<UUID, OverrideRecorded> awaitingOverrides = new LinkedHashMap<>(s.overridesAwaiting());
        Set<UUID> lapsedOverrides = new HashSet<>(s.lapsedOverrides());
        Map<CalculatedLevel, OverrideCountersigned> overrides = new EnumMap<>(CalculatedLevel.class);
        overrides.putAll(s.overrides());
        Optional<ReviewDue> reviewDue = s.reviewDue();
        Optional<ReviewCompleted> lastReview = s.lastReview();
        Optional<Instant> failuresCountedTo = s.failuresCountedTo();
        switch (event) {
            case OverrideRecorded o -> awaitingOverrides.put(o.overrideId(), o);
            case OverrideCountersigned c -> {
                awaitingOverrides.remove(c.overrideId());
                overrides.put(c.level(), c);
            }
            case OverrideLapsed l -> {
                awaitingOverrides.remove(l.overrideId());
                lapsedOverrides.add(l.overrideId());
            }
            case ReviewDue d -> {
                reviewDue = Optional.of(d);
                failuresCountedTo = d.failuresUpTo().or(() -> s.failuresCountedTo());
            }
            case ReviewCompleted c -> {
                lastReview = Optional.of(c);
                reviewDue = Optional.empty();
            }
            case RoshAssessed a -> {
                if (a.effective()) {
                    rosh = Optional.of(a.overallLevel());
                } else {
                    awaiting.put(a.assessmentId(), a);
                }
            }
            case RoshAssessmentLapsed l -> {
                awaiting.remove(l.assessmentId());
                lapsedRosh.add(l.assessmentId());
            }
            case RoshCountersigned c -> {
                awaiting.remove(c.assessmentId());
                rosh = Optional.of(c.overallLevel());
            }
            case AssessmentCompleted c -> assessment = Optional.of(c);
            case RegistrationAdded r -> registrations.put(r.registrationId(), r);
            case RegistrationReviewed r -> registrations.computeIfPresent(r.registrationId(),
                    (id, added) -> new RegistrationAdded(id, added.type(), added.category(), added.level(),
                            r.nextReviewDate(), added.notes(), added.source()));
            case RegistrationRemoved r -> registrations.remove(r.registrationId());
            case TierCalculationChanged t -> {
                tier = Optional.of(t);
                // an override belongs to the calculation it overrode: once the tier is calculated differently it
                // is over for good, even if a later calculation comes back to the same tier
                Optional.ofNullable(overrides.get(CalculatedLevel.TIER)).filter(o -> !o.calculated().equals(t.tier()))
                        .ifPresent(o -> overrides.remove(CalculatedLevel.TIER));
            }
            case TierInForceChanged f -> published = Optional.of(f.tier());
        }
        return new RiskAssessment(rosh, Collections.unmodifiableMap(awaiting), Collections.unmodifiableSet(lapsedRosh),
                assessment, Collections.unmodifiableMap(registrations), tier, published,
                Collections.unmodifiableMap(awaitingOverrides), Collections.unmodifiableSet(lapsedOverrides),
                Collections.unmodifiableMap(overrides), reviewDue, lastReview, failuresCountedTo);
    }

    /** The state after {@code events}: what a decision leads to. */
    RiskAssessment then(List<? extends AssessmentEvent> events) {
        RiskAssessment state = this;
        for (AssessmentEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    /**
     * 000_c72660e7df92b92e.txt 8.3, 8.5: an assessment at HIGH or VERY_HIGH, or one lowering a HIGH or VERY_HIGH level
     * in effect, takes effect only when a senior officer other than the assessor countersigns it; a newer assessment
     * supersedes any still awaiting countersignature, which lapse.
     */
    List<AssessmentEvent> assessRosh(String crn, UUID assessmentId, AssessmentRequests.AssessRosh request, String by) {
        Map<RiskGroup, RoshLevel> levels = Collections.unmodifiableMap(new EnumMap<>(request.levels()));
        RoshLevel overall = levels.values().stream().max(Enum::compareTo).orElseThrow();
        List<AssessmentEvent> events = new ArrayList<>();
        events.add(new RoshAssessed(crn, assessmentId, levels, overall, request.natureOfRisk().strip(),
                request.whoIsAtRisk().strip(), request.whenGreatest().strip(), request.whatReduces().strip(),
                request.evidence().strip(), request.rationale().strip(), by, !needsCountersignature(overall)));
        awaitingCountersignature.values().forEach(older -> events.add(
                new RoshAssessmentLapsed(crn, older.assessmentId(), older.overallLevel(), assessmentId)));
        return events;
    }

    /** Whether an assessment at {@code overall} needs a senior officer's countersignature before it takes effect. */
    boolean needsCountersignature(RoshLevel overall) {
        return overall.needsCountersignature() || lowersHighRosh(overall);
    }

    /** 000_c72660e7df92b92e.txt 8.5: lowering a HIGH or VERY_HIGH level is as accountable as raising one. */
    boolean lowersHighRosh(RoshLevel overall) {
        return effectiveRosh.filter(RoshLevel::needsCountersignature).filter(in -> overall.compareTo(in) < 0).isPresent();
    }

    /** 000_c72660e7df92b92e.txt 8.5: countersigned by another, senior, officer; only the latest assessment counts. */
    List<AssessmentEvent> countersign(UUID assessmentId, String countersigner, String comments) {
        if (lapsedRosh.contains(assessmentId)) {
            throw new RuleViolated("rosh-assessment-lapsed", "assessment " + assessmentId + " was superseded by a "
                    + "newer assessment and lapsed: only the latest assessment can be countersigned", CODE_OF_ETHICS_8_3);
        }
        RoshAssessed assessed = Optional.ofNullable(awaitingCountersignature.get(assessmentId))
                .orElseThrow(() -> new NotFound("no RoSH assessment " + assessmentId + " awaits countersignature"));
        if (assessed.assessedBy().equals(countersigner)) {
            throw new RuleViolated("countersigned-by-assessor", "an assessment is countersigned by another officer "
                    + "than the one who made it", CODE_OF_ETHICS_8_5);
        }
        return List.of(new RoshCountersigned(assessed.crn(), assessmentId, assessed.overallLevel(), comments));
    }

    /**
     * 000_c72660e7df92b92e.txt 8.3, 8.5: an override of a calculated level carries a rationale and differs from the
     * calculation; {@code calculated} is the level's current calculation, if there is one yet.
     */
    List<AssessmentEvent> override(String crn, UUID overrideId, CalculatedLevel level, Optional<String> calculated,
            String overriding, String rationale, String by) {
        level.check(overriding);
        String current = calculated.orElseThrow(() -> new RuleViolated("nothing-calculated", "there is no calculated "
                + level + " to override yet", null));
        if (current.equals(overriding)) {
            throw new InvalidField("value", "different from the calculated " + level,
                    "the calculated " + level + " is already " + current, null);
        }
        return List.of(new OverrideRecorded(crn, overrideId, level, current, overriding, rationale, by));
    }

    /** The current calculation of a level: the tier from this stream, the OGRS3 band as the caller scored it. */
    Optional<String> calculated(CalculatedLevel level, Optional<String> ogrs3Band) {
        return switch (level) {
            case TIER -> tier.map(TierCalculationChanged::tier);
            case OGRS3_BAND -> ogrs3Band;
        };
    }

    /**
     * 000_c72660e7df92b92e.txt 8.5: an override is countersigned by another, senior, officer, and (8.3) only while the
     * calculation it overrode is still current, so that what is countersigned is what the override was weighed against.
     */
    List<AssessmentEvent> countersignOverride(UUID overrideId, Optional<String> ogrs3Band, String countersigner,
            String comments) {
        if (lapsedOverrides.contains(overrideId)) {
            throw superseded(overrideId);
        }
        OverrideRecorded recorded = Optional.ofNullable(overridesAwaiting.get(overrideId))
                .orElseThrow(() -> new NotFound("no override " + overrideId + " awaits countersignature"));
        if (!calculated(recorded.level(), ogrs3Band).equals(Optional.of(recorded.calculated()))) {
            throw superseded(overrideId);
        }
        if (recorded.recordedBy().equals(countersigner)) {
            throw new RuleViolated("countersigned-by-assessor", "an override is countersigned by another officer than "
                    + "the one who made it", CODE_OF_ETHICS_8_5);
        }
        return List.of(new OverrideCountersigned(recorded.crn(), overrideId, recorded.level(), recorded.overriding(),
                recorded.calculated(), comments));
    }

    private static RuleViolated superseded(UUID overrideId) {
        return new RuleViolated("override-superseded", "override " + overrideId + " was made of a calculation that "
                + "is no longer current: record a new override of the current calculation", CODE_OF_ETHICS_8_3);
    }

    /**
     * The tier as now calculated: recorded whenever its inputs or points change (even if the tier does not), lapsing
     * overrides awaiting countersignature of a tier no longer calculated, and publishing the tier in force whenever
     * it differs from the one last published.
     */
    List<AssessmentEvent> recalculated(String crn, TierCalculation calculation) {
        List<AssessmentEvent> events = new ArrayList<>();
        if (tier.filter(t -> t.calculation().sameAs(calculation)).isEmpty()) {
            events.add(new TierCalculationChanged(crn, calculation.tier(), tier.map(TierCalculationChanged::tier),
                    calculation));
            overridesAwaiting.values().stream()
                    .filter(o -> o.level() == CalculatedLevel.TIER && !o.calculated().equals(calculation.tier()))
                    .forEach(o -> events.add(new OverrideLapsed(crn, o.overrideId(), o.level(), o.calculated(),
                            calculation.tier())));
        }
        RiskAssessment after = then(events);
        String inForce = after.tierInForce().orElseThrow();
        if (!after.publishedTierInForce().equals(Optional.of(inForce))) {
            events.add(new TierInForceChanged(crn, inForce, publishedTierInForce, calculation.tier(),
                    after.override(CalculatedLevel.TIER, calculation.tier()).map(OverrideCountersigned::overrideId)));
        }
        return events;
    }

    /**
     * The next scheduled reassessment: {@code rules.highRoshWeeks()} after the last review while RoSH is HIGH or
     * VERY_HIGH or the tier in force has a frequent protect level, {@code rules.otherWeeks()} otherwise; nothing when a
     * review is already due as soon.
     */
    List<AssessmentEvent> scheduleReview(String crn, UUID reviewId, LocalDate today, ReviewRules rules) {
        boolean highRosh = effectiveRosh.filter(RoshLevel::needsCountersignature).isPresent();
        Optional<String> tierInForce = tierInForce();
        boolean frequentTier = tierInForce.map(t -> t.substring(0, 1)).filter(rules.frequentProtectLevels()::contains)
                .isPresent();
        int weeks = highRosh || frequentTier ? rules.highRoshWeeks() : rules.otherWeeks();
        LocalDate dueBy = lastReview.map(ReviewCompleted::completedOn).orElse(today).plusWeeks(weeks);
        if (reviewDue.filter(due -> !due.dueBy().isAfter(dueBy)).isPresent()) {
            return List.of();
        }
        return List.of(new ReviewDue(crn, reviewId, dueBy, "scheduled reassessment: every " + weeks + " weeks at RoSH "
                + effectiveRosh.map(Enum::name).orElse("not yet assessed") + ", tier " + tierInForce.orElse("not yet calculated"),
                Optional.empty()));
    }

    /**
     * Failed appointments make a reassessment due each time the failures since the last such review reach the
     * threshold: counted from after the latest failure that made the last one due, so the trigger fires again and again.
     */
    List<AssessmentEvent> failuresReviewDue(String crn, UUID reviewId, List<Instant> failures, int threshold,
            LocalDate since) {
        List<Instant> counted = failures.stream().filter(at -> failuresCountedTo.filter(to -> !at.isAfter(to)).isEmpty())
                .sorted().toList();
        if (counted.size() < threshold) {
            return List.of();
        }
        return List.of(new ReviewDue(crn, reviewId, since, counted.size() + " failed appointments since "
                + failuresCountedTo.map(to -> "the last review they made due").orElse("supervision began"),
                Optional.of(counted.getLast())));
    }

    List<AssessmentEvent> reviewRegistration(UUID registrationId, LocalDate nextReviewDate, String notes) {
        registration(registrationId);
        return List.of(new RegistrationReviewed(registrationId, nextReviewDate, notes));
    }

    private RegistrationAdded registration(UUID registrationId) {
        return Optional.ofNullable(registrations.get(registrationId))
                .orElseThrow(() -> new NotFound("no registration " + registrationId + " is in force for this person"));
    }

    List<AssessmentEvent> removeRegistration(UUID registrationId, String reason) {
        registration(registrationId);
        return List.of(new RegistrationRemoved(registrationId, reason));
    }
}
