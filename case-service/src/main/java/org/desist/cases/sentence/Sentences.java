package org.desist.cases.sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.cases.sentence.SentenceEvent.OrderRequirement;
import org.desist.cases.sentence.SentenceEvent.OrderTerminated;
import org.desist.cases.sentence.SentenceEvent.RequirementCompleted;
import org.desist.cases.sentence.SentenceEvent.SentenceRecorded;
import org.desist.cases.sentence.SentenceEvent.SentencedOffence;
import org.desist.cases.sentence.SentenceEvent.UnpaidWorkLogged;
import org.desist.cases.person.Person;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.RuleViolated;
import org.desist.reference.Offence;
import org.desist.reference.OffenceCodes;

/** A person's sentences as recorded, with their requirements' progress and how each ended. */
public record Sentences(Map<UUID, Sentence> byId) {

    public record Sentence(SentenceRecorded recorded, Set<UUID> completedRequirements,
            Optional<OrderTerminated> termination, Map<UUID, java.math.BigDecimal> hoursWorked,
            Optional<SentenceEvent.ReleaseOnLicenceScheduled> licence) {

        public boolean active() {
            return termination.isEmpty();
        }

        /** Whether the order, or the licence after custody, was in force on the day. */
        public boolean inForceOn(LocalDate day) {
            if (termination.filter(t -> !t.terminatedOn().isAfter(day)).isPresent()) {
                return false;
            }
            if (recorded.type() == SentenceType.CUSTODY) {
                return licence.filter(l -> !l.releaseDate().isAfter(day) && !l.licenceEndDate().isBefore(day))
                        .isPresent();
            }
            return !recorded.sentenceDate().isAfter(day) && !recorded.expectedEndDate().isBefore(day);
        }
    }

    public static final Aggregate<Sentences, SentenceEvent> AGGREGATE =
            new Aggregate<>(SentenceEvent.class, new Sentences(Map.of()), Sentences::evolve);

    private static final String SENTENCING_ACT = "Sentencing Act 2020";

    static Sentences evolve(Sentences state, SentenceEvent event) {
        Map<UUID, Sentence> sentences = new LinkedHashMap<>(state.byId());
        switch (event) {
            case SentenceRecorded recorded -> sentences.put(recorded.sentenceId(),
                    new Sentence(recorded, Set.of(), Optional.empty(), Map.of(), Optional.empty()));
            case RequirementCompleted completed -> sentences.computeIfPresent(completed.sentenceId(), (id, s) -> {
                Set<UUID> done = new HashSet<>(s.completedRequirements());
                done.add(completed.requirementId());
                return new Sentence(s.recorded(), Set.copyOf(done), s.termination(), s.hoursWorked(), s.licence());
            });
            case UnpaidWorkLogged logged -> sentences.computeIfPresent(logged.sentenceId(), (id, s) -> {
                Map<UUID, java.math.BigDecimal> hours = new java.util.HashMap<>(s.hoursWorked());
                hours.merge(logged.requirementId(), logged.hours(), java.math.BigDecimal::add);
                return new Sentence(s.recorded(), s.completedRequirements(), s.termination(), Map.copyOf(hours), s.licence());
            });
            case SentenceEvent.RequirementAdded added -> sentences.computeIfPresent(added.sentenceId(), (id, s) -> {
                List<OrderRequirement> requirements = new ArrayList<>(s.recorded().requirements());
                requirements.add(added.requirement());
                SentenceRecorded r = s.recorded();
                return new Sentence(new SentenceRecorded(r.sentenceId(), r.type(), r.sentenceDate(), r.court(),
                        r.lengthMonths(), r.expectedEndDate(), r.offences(), List.copyOf(requirements)),
                        s.completedRequirements(), s.termination(), s.hoursWorked(), s.licence());
            });
            case SentenceEvent.LicenceRecalled recalled -> {
                // the licence stands recalled; the sentence continues in custody
            }
            case SentenceEvent.ReleaseOnLicenceScheduled release -> sentences.computeIfPresent(release.sentenceId(),
                    (id, s) -> new Sentence(s.recorded(), s.completedRequirements(), s.termination(), s.hoursWorked(),
                            Optional.of(release)));
            case OrderTerminated terminated -> sentences.computeIfPresent(terminated.sentenceId(),
                    (id, s) -> new Sentence(s.recorded(), s.completedRequirements(), Optional.of(terminated),
                            s.hoursWorked(), s.licence()));
        }
        return new Sentences(java.util.Collections.unmodifiableMap(sentences));
    }

    public Optional<Sentence> find(UUID sentenceId) {
        return Optional.ofNullable(byId.get(sentenceId));
    }

    /**
     * The order or licence something on {@code day} answers to: the one {@code named}, if in force that day, else the
     * most recent one in force that day; empty when none was.
     */
    public Optional<UUID> inForceOn(LocalDate day, Optional<UUID> named) {
        Optional<UUID> chosen = named.filter(id -> find(id).filter(s -> s.inForceOn(day)).isPresent());
        if (chosen.isPresent()) {
            return chosen;
        }
        return byId.values().stream().filter(s -> s.inForceOn(day))
                .max(java.util.Comparator.comparing((Sentence s) -> s.recorded().sentenceDate()))
                .map(s -> s.recorded().sentenceId());
    }

    static List<SentenceEvent> record(RecordSentence command, UUID sentenceId, OffenceCodes codes, Person person) {
        List<SentencedOffence> offences = new ArrayList<>();
        for (int i = 0; i < command.offences().size(); i++) {
            RecordSentence.Offence offence = command.offences().get(i);
            String at = "offences[" + i + "]";
            Offence known = codes.find(offence.offenceCode()).orElseThrow(() -> new InvalidField(
                    at + ".offenceCode", "a code of the Home Office offence code table",
                    offence.offenceCode() + " is not in the Home Office offence code table", null));
            person.bornBy(offence.offenceDate(), at + ".offenceDate");
            if (offence.offenceDate().isAfter(command.sentenceDate())) {
                throw new InvalidField(at + ".offenceDate",
                        "on or before the sentence date", "an offence cannot be committed after it was sentenced", null);
            }
            offences.add(new SentencedOffence(known.code(), offence.offenceDate(), known.group(), known.category(),
                    known.subCategory(), known.violent()));
        }
        checkLength(command);
        List<RecordSentence.Requirement> requested = command.requirements().orElse(List.of());
        if (command.type() == SentenceType.CUSTODY && !requested.isEmpty()) {
            throw new InvalidField("requirements", "none for custody",
                    "custody has no order requirements: licence conditions are set on release", null);
        }
        List<OrderRequirement> requirements = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            if (requested.get(i).type() == RequirementType.UNPAID_WORK
                    && requirements.stream().anyMatch(r -> r.type() == RequirementType.UNPAID_WORK)) {
                // One requirement of unpaid work carries all the hours ordered, as addRequirement also holds.
                throw new InvalidField("requirements[" + i + "].type", "one unpaid work requirement an order",
                        "an order has one unpaid work requirement: give all the hours ordered in it", null);
            }
            requirements.add(requirement(requested.get(i), "requirements[" + i + "]."));
        }
        return List.of(new SentenceRecorded(sentenceId, command.type(), command.sentenceDate(), command.court().strip(),
                command.lengthMonths(), command.sentenceDate().plusMonths(command.lengthMonths()), List.copyOf(offences),
                List.copyOf(requirements)));
    }

    List<SentenceEvent> completeRequirement(UUID sentenceId, UUID requirementId, LocalDate completedOn) {
        Sentence sentence = active(sentenceId);
        if (sentence.recorded().requirements().stream().noneMatch(r -> r.requirementId().equals(requirementId))) {
            throw new SentenceNotFound("no requirement " + requirementId + " is part of sentence " + sentenceId);
        }
        if (sentence.completedRequirements().contains(requirementId)) {
            throw new RuleViolated("requirement-already-completed", "requirement " + requirementId
                    + " is already completed", null);
        }
        return List.of(new RequirementCompleted(sentenceId, requirementId, completedOn));
    }

    /** A court amends an order by adding a requirement to it. */
    List<SentenceEvent> addRequirement(UUID sentenceId, RecordSentence.Requirement requirement) {
        Sentence sentence = active(sentenceId);
        if (sentence.recorded().type() == SentenceType.CUSTODY) {
            throw new RuleViolated("not-an-order", "custody has no order requirements: licence conditions are set on "
                    + "release", null);
        }
        if (requirement.type() == RequirementType.UNPAID_WORK && sentence.recorded().requirements().stream()
                .anyMatch(r -> r.type() == RequirementType.UNPAID_WORK)) {
            throw new RuleViolated("unpaid-work-already-ordered", "the order already has an unpaid work requirement",
                    null);
        }
        return List.of(new SentenceEvent.RequirementAdded(sentenceId, requirement(requirement, "")));
    }

    /** Logs a session of unpaid work; the requirement is completed when the hours ordered are done. */
    List<SentenceEvent> logUnpaidWork(UUID sentenceId, LogUnpaidWork command) {
        Sentence sentence = active(sentenceId);
        OrderRequirement requirement = sentence.recorded().requirements().stream()
                .filter(r -> r.type() == RequirementType.UNPAID_WORK).findFirst()
                .orElseThrow(() -> new SentenceNotFound("sentence " + sentenceId + " has no unpaid work requirement"));
        if (command.workedOn().isBefore(sentence.recorded().sentenceDate())) {
            throw new InvalidField("workedOn", "on or after the sentence date", "unpaid work starts once the order is made",
                    null);
        }
        java.math.BigDecimal ordered = java.math.BigDecimal.valueOf(requirement.hours().orElse(0));
        java.math.BigDecimal done = sentence.hoursWorked().getOrDefault(requirement.requirementId(), java.math.BigDecimal.ZERO);
        java.math.BigDecimal remaining = ordered.subtract(done);
        if (command.hours().compareTo(remaining) > 0) {
            throw new RuleViolated("more-hours-than-ordered", command.hours() + " hours would exceed the " + ordered
                    + " ordered: " + remaining + " remain", null);
        }
        List<SentenceEvent> events = new ArrayList<>();
        events.add(new UnpaidWorkLogged(sentenceId, requirement.requirementId(), command.workedOn(), command.hours(),
                command.project().strip()));
        if (command.hours().compareTo(remaining) == 0 && !sentence.completedRequirements().contains(requirement.requirementId())) {
            events.add(new RequirementCompleted(sentenceId, requirement.requirementId(), command.workedOn()));
        }
        return List.copyOf(events);
    }

    List<SentenceEvent> scheduleRelease(UUID sentenceId, ScheduleRelease command) {
        Sentence sentence = active(sentenceId);
        if (sentence.recorded().type() != SentenceType.CUSTODY) {
            throw new RuleViolated("not-a-custodial-sentence", "only a custodial sentence ends in release on licence", null);
        }
        if (command.releaseDate().isBefore(sentence.recorded().sentenceDate())) {
            throw new InvalidField("releaseDate", "on or after the sentence date", "release cannot precede the sentence", null);
        }
        if (!command.licenceEndDate().isAfter(command.releaseDate())) {
            throw new InvalidField("licenceEndDate", "after the release date", "the licence runs from release", null);
        }
        return List.of(new SentenceEvent.ReleaseOnLicenceScheduled(sentenceId, command.releaseDate(),
                List.copyOf(command.licenceConditions()), command.licenceEndDate()));
    }

    List<SentenceEvent> recall(UUID sentenceId, java.time.LocalDate recalledOn, String rationale) {
        Sentence sentence = active(sentenceId);
        SentenceEvent.ReleaseOnLicenceScheduled licence = sentence.licence().orElseThrow(() -> new RuleViolated(
                "not-on-licence", "sentence " + sentenceId + " has no release on licence to recall", null));
        if (recalledOn.isBefore(licence.releaseDate())) {
            throw new InvalidField("recalledOn", "on or after the release date", "a recall follows release", null);
        }
        return List.of(new SentenceEvent.LicenceRecalled(sentenceId, recalledOn, rationale.strip()));
    }

    List<SentenceEvent> terminate(UUID sentenceId, TerminateOrder command) {
        Sentence sentence = active(sentenceId);
        if (command.terminatedOn().isBefore(sentence.recorded().sentenceDate())) {
            throw new InvalidField("terminatedOn", "on or after the sentence date",
                    "an order cannot end before it was made", null);
        }
        return List.of(new OrderTerminated(sentenceId, command.reason(), command.terminatedOn(), command.rationale()));
    }

    private Sentence active(UUID sentenceId) {
        Sentence sentence = find(sentenceId)
                .orElseThrow(() -> new SentenceNotFound("no sentence " + sentenceId + " is on this person's record"));
        if (!sentence.active()) {
            throw new RuleViolated("order-terminated", "sentence " + sentenceId + " ended on "
                    + sentence.termination().orElseThrow().terminatedOn() + ": record a new sentence instead", null);
        }
        return sentence;
    }

    private static void checkLength(RecordSentence command) {
        int months = command.lengthMonths();
        switch (command.type()) {
            case COMMUNITY_ORDER -> {
                if (months > 36) {
                    throw new InvalidField("lengthMonths", "at most 36 months for a community order",
                            "a community order ends within three years of the date it is made", SENTENCING_ACT + " s.209");
                }
            }
            case SUSPENDED_SENTENCE_ORDER -> {
                if (months < 6 || months > 24) {
                    throw new InvalidField("lengthMonths", "6 to 24 months for a suspended sentence order",
                            "the operational period of a suspended sentence order is six months to two years",
                            SENTENCING_ACT + " s.288");
                }
            }
            case CUSTODY -> {
                // any term: the licence period follows from it on release
            }
        }
    }

    /** A requirement checked against its type's rules; {@code at} prefixes the fields named in refusals. */
    private static OrderRequirement requirement(RecordSentence.Requirement r, String at) {
        switch (r.type()) {
            case UNPAID_WORK -> {
                int hours = r.hours().orElseThrow(() -> new InvalidField(at + "hours", "required for unpaid work",
                        "unpaid work needs the hours ordered", null));
                if (hours < 40 || hours > 300) {
                    throw new InvalidField(at + "hours", "40 to 300 hours", "unpaid work is ordered for 40 to 300 hours",
                            SENTENCING_ACT + ", Sch. 9 Part 1");
                }
            }
            case REHABILITATION_ACTIVITY -> r.days().orElseThrow(() -> new InvalidField(at + "days",
                    "required for a rehabilitation activity requirement", "give the maximum number of days", null));
            case CURFEW -> {
                int hours = r.hours().orElseThrow(() -> new InvalidField(at + "hours", "required for a curfew",
                        "a curfew requirement needs its hours a day", SENTENCING_ACT + ", Sch. 9 (curfew requirement)"));
                if (hours < 2 || hours > 20) {
                    throw new InvalidField(at + "hours", "2 to 20 hours a day",
                            "a curfew is for 2 to 20 hours a day", SENTENCING_ACT + ", Sch. 9 (curfew requirement)");
                }
                if (r.electronicMonitoring().isEmpty()) {
                    throw new InvalidField(at + "electronicMonitoring", "required for a curfew",
                            "say whether the curfew is electronically monitored", SENTENCING_ACT + ", Sch. 9 (electronic monitoring)");
                }
            }
            case EXCLUSION -> {
                if (r.address().filter(zone -> !zone.isBlank()).isEmpty()) {
                    throw new InvalidField(at + "address", "the exclusion zone, required for an exclusion requirement",
                            "an exclusion requirement names the place the person must not enter",
                            SENTENCING_ACT + ", Sch. 9 (exclusion requirement)");
                }
            }
            default -> {
                // the other requirements carry their particulars as given
            }
        }
        return new OrderRequirement(UuidV7.next(), r.type(), r.hours(), r.days(), r.programme(),
                r.electronicMonitoring(), r.address(), r.details());
    }
}
