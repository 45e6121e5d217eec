package org.desist.risk.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.command.Loaded;
import org.desist.eventstore.command.Versioned;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.risk.assessment.AssessmentEvent.RoshAssessed;
import org.desist.risk.assessment.AssessmentEvent.TierCalculationChanged;
import org.desist.risk.ogrs3.Ogrs3Scoring;
import org.desist.risk.profile.RiskProfileRecord;

/** Records risk judgements and keeps the tier in step with them, in one transaction each. */
@ApplicationScoped
public class RiskAssessments {

    private final CommandHandler commands;
    private final TierRecalculation tier;
    private final Reviews reviews;
    private final Ogrs3Scoring scoring;
    private final EventCodec codec;
    private final EventStore store;

    RiskAssessments(CommandHandler commands, TierRecalculation tier, Reviews reviews, Ogrs3Scoring scoring,
            EventCodec codec, EventStore store) {
        this.commands = commands;
        this.codec = codec;
        this.store = store;
        this.scoring = scoring;
        this.tier = tier;
        this.reviews = reviews;
    }

    @Transactional
    public long completeReview(String crn, ExpectedVersion seen, String summary, CommandMetadata metadata) {
        known(crn);
        reviews.complete(crn, seen, summary, metadata);
        return version(crn);
    }

    /** Records a RoSH assessment; any older one awaiting countersignature lapses (000 8.3, 8.5). */
    @Transactional
    public Versioned<RoshAssessed> assessRosh(String crn, ExpectedVersion seen, AssessmentRequests.AssessRosh request,
            CommandMetadata metadata) {
        known(crn);
        UUID id = UuidV7.next();
        var decision = change(crn, seen, a -> a.assessRosh(crn, id, request, metadata.actor().subject()), metadata);
        return new Versioned<>(decision.events().stream().map(stored -> codec.decode(stored, AssessmentEvent.class)
                .orElseThrow()).filter(RoshAssessed.class::isInstance).map(RoshAssessed.class::cast).findFirst()
                .orElseThrow(), version(crn));
    }

    @Transactional
    public long countersign(String crn, ExpectedVersion seen, UUID assessmentId, String comments,
            CommandMetadata metadata) {
        known(crn);
        change(crn, seen, a -> a.countersign(assessmentId, metadata.actor().subject(), comments), metadata);
        return version(crn);
    }

    /** The RoSH assessments read back, as they stand or stood at {@code asOf}: in effect, pending, and all of them. */
    public Versioned<RoshHistory> rosh(String crn, Optional<Instant> asOf) {
        known(crn);
        RoshHistory history = RoshHistory.of(crn);
        long version = 0;
        for (StoredEvent stored : asOf.map(at -> store.readStream(crn, at)).orElseGet(() -> store.readStream(crn))) {
            version = stored.version();
            Optional<AssessmentEvent> event = codec.decode(stored, AssessmentEvent.class);
            if (event.isPresent()) {
                history = history.then(event.get(), stored.actor().subject(), stored.recordedAt());
            }
        }
        return new Versioned<>(history, version);
    }

    @Transactional
    public Versioned<UUID> completeAssessment(String crn, ExpectedVersion seen,
            AssessmentRequests.CompleteAssessment request, CommandMetadata metadata) {
        known(crn);
        UUID id = UuidV7.next();
        change(crn, seen, a -> List.of(new AssessmentEvent.AssessmentCompleted(id, request.rsrPercent(), request.needs(),
                request.womensFactors().orElse(0), request.iomNominal())), metadata);
        return new Versioned<>(id, version(crn));
    }

    @Transactional
    public Versioned<UUID> addRegistration(String crn, ExpectedVersion seen, AssessmentRequests.AddRegistration request,
            CommandMetadata metadata) {
        known(crn);
        request.type().mappaDetailsProblem(request.category(), request.level()).ifPresent(problem -> {
            throw new InvalidField(problem.field(), problem.rule(), problem.detail(), null);
        });
        UUID id = UuidV7.next();
        change(crn, seen, a -> List.of(new AssessmentEvent.RegistrationAdded(id, request.type(), request.category(),
                request.level(), request.reviewDate(), request.notes().strip(), Optional.empty())), metadata);
        return new Versioned<>(id, version(crn));
    }

    @Transactional
    public long reviewRegistration(String crn, ExpectedVersion seen, UUID registrationId,
            AssessmentRequests.ReviewRegistration request, CommandMetadata metadata) {
        known(crn);
        change(crn, seen, a -> a.reviewRegistration(registrationId, request.nextReviewDate(), request.notes().strip()),
                metadata);
        return version(crn);
    }

    /** The registrations in force, as they stand or stood at {@code asOf}, each with its review date and source. */
    public java.util.Collection<AssessmentEvent.RegistrationAdded> registrations(String crn, Optional<Instant> asOf) {
        known(crn);
        return commands.view(Ogrs3Scoring.stream(crn), RiskAssessment.AGGREGATE, asOf).registrations().values();
    }

    @Transactional
    public long removeRegistration(String crn, ExpectedVersion seen, UUID registrationId, String reason,
            CommandMetadata metadata) {
        known(crn);
        change(crn, seen, a -> a.removeRegistration(registrationId, reason.strip()), metadata);
        return version(crn);
    }

    /** The tier in force, the calculation beside any countersigned override, as it stands or stood at {@code asOf}. */
    public Versioned<TierView> tier(String crn, Optional<Instant> asOf) {
        known(crn);
        Loaded<RiskAssessment> loaded = asOf.map(at -> commands.load(crn, RiskAssessment.AGGREGATE, at))
                .orElseGet(() -> commands.load(crn, RiskAssessment.AGGREGATE));
        RiskAssessment state = loaded.state();
        TierCalculationChanged calculated = state.tier().orElseThrow(() -> new NotFound("no tier has been calculated for "
                + crn + (asOf.isPresent() ? " by " + asOf.get() : "")));
        Optional<AssessmentEvent.OverrideCountersigned> override = state.override(CalculatedLevel.TIER, calculated.tier());
        return new Versioned<>(new TierView(crn, state.tierInForce().orElseThrow(), calculated.tier(),
                calculated.previousTier(), override, calculated.calculation().explanation(), calculated.calculation(),
                state.overridesAwaiting().values().stream().filter(o -> o.level() == CalculatedLevel.TIER).toList(),
                state.reviewDue()), loaded.version());
    }

    /**
     * The tier as {@code GET /people/{crn}/tier} shows it: in force, calculated, any override in force or awaiting
     * countersignature, and how the calculation was reached from its inputs, line by line.
     */
    public record TierView(String crn, String tier, String calculatedTier, Optional<String> previousTier,
            Optional<AssessmentEvent.OverrideCountersigned> override, List<String> explanation,
            org.desist.risk.tier.TierCalculation calculation, List<AssessmentEvent.OverrideRecorded> overridesAwaiting,
            Optional<AssessmentEvent.ReviewDue> reviewDue) {
    }

    /** Overrides a calculated level; it takes effect when another senior officer countersigns (000 8.3, 8.5). */
    @Transactional
    public Versioned<UUID> override(String crn, ExpectedVersion seen, CalculatedLevel level, String value,
            String rationale, CommandMetadata metadata) {
        known(crn);
        Optional<String> band = ogrs3Band(crn);
        UUID id = UuidV7.next();
        change(crn, seen, a -> a.override(crn, id, level, a.calculated(level, band), value, rationale.strip(),
                metadata.actor().subject()), metadata);
        return new Versioned<>(id, version(crn));
    }

    /** Countersigns an override while the calculation it overrode is current (override-superseded otherwise). */
    @Transactional
    public long countersignOverride(String crn, ExpectedVersion seen, UUID overrideId, String comments,
            CommandMetadata metadata) {
        known(crn);
        Optional<String> band = ogrs3Band(crn);
        change(crn, seen, a -> a.countersignOverride(overrideId, band, metadata.actor().subject(), comments.strip()),
                metadata);
        return version(crn);
    }

    private Optional<String> ogrs3Band(String crn) {
        return scoring.latest(crn).map(s -> s.ogrs3().band().name());
    }

    /** Each calculated level beside the value in force, and the overrides awaiting countersignature. */
    public Versioned<OverridesView> overrides(String crn) {
        known(crn);
        Loaded<RiskAssessment> loaded = commands.load(crn, RiskAssessment.AGGREGATE);
        RiskAssessment state = loaded.state();
        Map<CalculatedLevel, LevelView> levels = new EnumMap<>(CalculatedLevel.class);
        state.tier().map(TierCalculationChanged::tier).ifPresent(tier -> levels.put(CalculatedLevel.TIER,
                new LevelView(tier, state.inForce(CalculatedLevel.TIER, tier), state.override(CalculatedLevel.TIER, tier))));
        scoring.latest(crn).map(s -> s.ogrs3().band().name()).ifPresent(band -> levels.put(CalculatedLevel.OGRS3_BAND,
                new LevelView(band, state.inForce(CalculatedLevel.OGRS3_BAND, band),
                        state.override(CalculatedLevel.OGRS3_BAND, band))));
        return new Versioned<>(new OverridesView(crn, levels, List.copyOf(state.overridesAwaiting().values())),
                loaded.version());
    }

    /** A calculated level: as calculated, as in force, and the countersigned override that makes the difference. */
    public record LevelView(String calculated, String inForce, Optional<AssessmentEvent.OverrideCountersigned> override) {
    }

    public record OverridesView(String crn, Map<CalculatedLevel, LevelView> levels,
            List<AssessmentEvent.OverrideRecorded> awaitingCountersignature) {
    }

    private Decision change(String crn, Function<RiskAssessment, List<? extends AssessmentEvent>> decide,
            CommandMetadata metadata) {
        return change(crn, ExpectedVersion.any(), decide, metadata);
    }

    /** {@code seen} is the version the caller last read (If-Match): a stream since changed is a conflict. */
    private Decision change(String crn, ExpectedVersion seen,
            Function<RiskAssessment, List<? extends AssessmentEvent>> decide, CommandMetadata metadata) {
        Decision decision = commands.startOrUpdate(Ogrs3Scoring.stream(crn), seen, RiskAssessment.AGGREGATE, decide,
                metadata);
        tier.recalculate(crn, metadata);
        return decision;
    }

    /** The person's risk record version once the tier and reviews have followed a change: the ETag to answer. */
    private long version(String crn) {
        return store.currentVersion(Ogrs3Scoring.stream(crn).id());
    }

    private static void known(String crn) {
        RiskProfileRecord facts = RiskProfileRecord.findById(crn);
        if (facts == null || facts.registeredAt == null) {
            throw new NotFound("risk-service has not heard of the registration of " + crn
                    + ": it arrives from case-service's events, so try again shortly");
        }
    }
}
