package org.desist.risk.fairness;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.desist.eventstore.command.CommandHandler;
import org.desist.risk.assessment.RiskAssessment;
import org.desist.risk.fairness.FairnessReport.Calibration;
import org.desist.risk.fairness.FairnessReport.Group;
import org.desist.risk.fairness.FairnessReport.Rate;
import org.desist.risk.ogrs3.RiskScores;
import org.desist.risk.ogrs3.ScoresEvent.ScoresDetermined;
import org.desist.risk.profile.ConvictionRecord;
import org.desist.risk.profile.RiskProfileRecord;

/** Builds the fairness report from every person's judgements, as their event streams and case facts give them. */
@ApplicationScoped
public class FairnessMonitoring {

    private static final Map<String, Function<Subject, Optional<String>>> DISTRIBUTIONS = Map.of(
            "rosh", Subject::rosh, "tier", Subject::tier, "ogrs3Band", Subject::ogrs3Band);

    private final CommandHandler commands;
    private final FairnessRules rules;

    FairnessMonitoring(CommandHandler commands, FairnessRules rules) {
        this.commands = commands;
        this.rules = rules;
    }

    public FairnessReport report(LocalDate today) {
        List<Subject> everyone = RiskProfileRecord.<RiskProfileRecord>list("registeredAt is not null").stream()
                .map(profile -> subject(profile, today)).toList();
        Map<String, List<Group>> dimensions = new LinkedHashMap<>();
        dimensions.put("sex", groups(everyone, Subject::sex, today));
        dimensions.put("ethnicity", groups(everyone, Subject::ethnicity, today));
        dimensions.put("ageBand", groups(everyone, Subject::ageBand, today));
        return new FairnessReport(everyone.size(), rules.minimumGroupSize(), rules.flagAbove(), rules.flagBelow(),
                dimensions);
    }

    private Subject subject(RiskProfileRecord profile, LocalDate today) {
        RiskAssessment assessment = commands.load(profile.crn, RiskAssessment.AGGREGATE).state();
        RiskScores scores = commands.load(profile.crn, RiskScores.AGGREGATE).state();
        Optional<ScoresDetermined> score = scores.latest();
        Optional<ScoresDetermined> predicted = scores.atStartOfFollowUp();
        Optional<String> direction = assessment.override().map(o -> direction(o.calculatedTier(), o.tier()));
        List<LocalDate> convictions = ConvictionRecord.<ConvictionRecord>list("crn", profile.crn).stream()
                .map(c -> c.convictionDate).toList();
        return new Subject(Optional.ofNullable(profile.sex).orElse("NOT_RECORDED"),
                Optional.ofNullable(profile.ethnicity).orElse("NOT_RECORDED"), ageBand(profile.dateOfBirth, today),
                assessment.effectiveRosh().map(Enum::name), assessment.tierInForce(),
                score.map(s -> s.ogrs3().band().name()), direction,
                predicted.map(s -> s.inputs().dateOfStartOfFollowUp()),
                predicted.map(s -> s.ogrs3().oneYearProbability()), predicted.map(s -> s.ogrs3().twoYearProbability()),
                convictions);
    }

    private List<Group> groups(List<Subject> everyone, Function<Subject, String> key, LocalDate today) {
        Map<String, List<Subject>> byGroup = everyone.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((name, members) -> groups.add(group(name, members, everyone, today)));
        return groups;
    }

    private Group group(String name, List<Subject> members, List<Subject> everyone, LocalDate today) {
        if (members.size() < rules.minimumGroupSize()) {
            return new Group(name, members.size(), true, Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(), Optional.empty(), Optional.empty());
        }
        List<String> flags = new ArrayList<>();
        Map<String, Map<String, Rate>> distributions = new TreeMap<>();
        DISTRIBUTIONS.forEach((measure, value) -> {
            Map<String, Rate> shares = new TreeMap<>();
            everyone.stream().map(value).flatMap(Optional::stream).distinct().sorted().forEach(category -> {
                Rate rate = rate(members, everyone, s -> value.apply(s).filter(category::equals).isPresent());
                shares.put(category, rate);
                flag(flags, measure + " " + category, rate);
            });
            distributions.put(measure, shares);
        });
        Rate overrides = rate(members, everyone, s -> s.overrideDirection().isPresent());
        Rate up = rate(members, everyone, s -> s.overrideDirection().filter("UP"::equals).isPresent());
        Rate down = rate(members, everyone, s -> s.overrideDirection().filter("DOWN"::equals).isPresent());
        flag(flags, "override rate", overrides);
        flag(flags, "overrides up", up);
        flag(flags, "overrides down", down);
        return new Group(name, members.size(), false, distributions, Optional.of(overrides), Optional.of(up),
                Optional.of(down), List.copyOf(flags), calibration(members, 1, today), calibration(members, 2, today));
    }

    private static Rate rate(List<Subject> members, List<Subject> everyone, java.util.function.Predicate<Subject> test) {
        double share = members.stream().filter(test).count() / (double) members.size();
        double overall = everyone.stream().filter(test).count() / (double) everyone.size();
        return new Rate(share, overall == 0 ? null : share / overall);
    }

    private void flag(List<String> flags, String what, Rate rate) {
        if (rate.ratioToOverall() != null && (rate.ratioToOverall() > rules.flagAbove()
                || rate.ratioToOverall() < rules.flagBelow())) {
            flags.add(what + ": " + String.format("%.2f", rate.ratioToOverall()) + " times the overall rate");
        }
    }

    /** Those followed up for at least {@code years}: reconvicted within that time, against OGRS3's prediction. */
    private static Optional<Calibration> calibration(List<Subject> members, int years, LocalDate today) {
        List<Subject> cohort = members.stream().filter(s -> s.followUpStart().isPresent()
                && !s.followUpStart().get().plusYears(years).isAfter(today)).toList();
        if (cohort.isEmpty()) {
            return Optional.empty();
        }
        long reconvicted = cohort.stream().filter(s -> s.convictions().stream().anyMatch(date ->
                date.isAfter(s.followUpStart().get()) && !date.isAfter(s.followUpStart().get().plusYears(years)))).count();
        double predicted = cohort.stream().mapToDouble(s -> (years == 1 ? s.oneYearProbability() : s.twoYearProbability())
                .orElse(0.0)).average().orElse(0);
        return Optional.of(new Calibration(cohort.size(), reconvicted / (double) cohort.size(), predicted));
    }

    static String ageBand(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth == null) {
            return "NOT_RECORDED";
        }
        int age = Period.between(dateOfBirth, today).getYears();
        return age < 18 ? "UNDER_18" : age < 25 ? "18-24" : age < 35 ? "25-34" : age < 50 ? "35-49" : "50+";
    }

    /** An override that raises the protect letter (towards A) or the change digit is UP; otherwise DOWN. */
    static String direction(String calculated, String overriding) {
        int severityCalculated = ('D' - calculated.charAt(0)) * 10 + (calculated.charAt(1) - '0');
        int severityOverriding = ('D' - overriding.charAt(0)) * 10 + (overriding.charAt(1) - '0');
        return severityOverriding > severityCalculated ? "UP" : "DOWN";
    }

}
