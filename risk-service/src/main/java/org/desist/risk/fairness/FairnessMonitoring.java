package org.desist.risk.fairness;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.desist.eventstore.EventStoreFailure;
import org.desist.risk.assessment.CalculatedLevel;
import org.desist.risk.fairness.FairnessReport.Calibration;
import org.desist.risk.fairness.FairnessReport.Group;
import org.desist.risk.fairness.FairnessReport.Rate;

/** Builds the fairness report from every person's judgements, one row a person from {@link FairnessProjection}. */
@ApplicationScoped
public class FairnessMonitoring {

    private static final Map<String, Function<Subject, Optional<String>>> DISTRIBUTIONS = Map.of(
            "rosh", Subject::rosh, "tier", Subject::tier, "ogrs3Band", Subject::ogrs3Band);

    private final AgroalDataSource dataSource;
    private final FairnessRules rules;

    FairnessMonitoring(AgroalDataSource dataSource, FairnessRules rules) {
        this.dataSource = dataSource;
        this.rules = rules;
    }

    public FairnessReport report(LocalDate today) {
        Everyone everyone = new Everyone(subjects(today));
        Map<String, List<Group>> dimensions = new LinkedHashMap<>();
        dimensions.put("sex", groups(everyone, Subject::sex, today));
        dimensions.put("ethnicity", groups(everyone, Subject::ethnicity, today));
        dimensions.put("ageBand", groups(everyone, Subject::ageBand, today));
        return new FairnessReport(everyone.subjects().size(), rules.minimumGroupSize(), rules.flagAbove(), rules.flagBelow(),
                dimensions);
    }

    /** Everyone registered, one row each from the equality data, {@link FairnessProjection} and convictions. */
    private List<Subject> subjects(LocalDate today) {
        String query = "SELECT p.sex, p.ethnicity, p.date_of_birth, f.rosh, f.tier_calculated, f.tier_override_calculated, "
                + "f.tier_override_value, f.band_calculated, f.band_override_calculated, f.band_override_value, "
                + "f.follow_up_start, f.one_year_probability, f.two_year_probability, "
                + "c.dates FROM risk_profiles p LEFT JOIN fairness_subjects f ON f.crn = p.crn "
                + "LEFT JOIN (SELECT crn, array_agg(conviction_date) AS dates FROM risk_convictions GROUP BY crn) c "
                + "ON c.crn = p.crn WHERE p.registered_at IS NOT NULL";
        List<Subject> subjects = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setFetchSize(1_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    subjects.add(subject(rows, today));
                }
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the judgements fairness monitoring counts", e);
        }
        return subjects;
    }

    private static Subject subject(ResultSet row, LocalDate today) throws SQLException {
        Optional<String> tier = Optional.ofNullable(row.getString(5));
        Optional<String> tierOverride = override(tier, row.getString(6), row.getString(7));
        Optional<String> band = Optional.ofNullable(row.getString(8));
        Optional<String> bandOverride = override(band, row.getString(9), row.getString(10));
        Optional<LocalDate> followUp = Optional.ofNullable(row.getDate(11)).map(java.sql.Date::toLocalDate);
        List<LocalDate> convictions = new ArrayList<>();
        java.sql.Array dates = row.getArray(14);
        if (dates != null) {
            for (Object date : (Object[]) dates.getArray()) {
                convictions.add(((java.sql.Date) date).toLocalDate());
            }
        }
        Optional<LocalDate> born = Optional.ofNullable(row.getDate(3)).map(java.sql.Date::toLocalDate);
        return new Subject(Optional.ofNullable(row.getString(1)).orElse("NOT_RECORDED"),
                Optional.ofNullable(row.getString(2)).orElse("NOT_RECORDED"), ageBand(born.orElse(null), today),
                Optional.ofNullable(row.getString(4)), tierOverride.or(() -> tier), bandOverride.or(() -> band),
                Map.of(CalculatedLevel.TIER, tierOverride.map(value -> CalculatedLevel.TIER.direction(tier.get(), value)),
                        CalculatedLevel.OGRS3_BAND, bandOverride.map(value ->
                                CalculatedLevel.OGRS3_BAND.direction(band.get(), value))),
                followUp, followUp.map(start -> nullable(row, 12)), followUp.map(start -> nullable(row, 13)),
                List.copyOf(convictions));
    }

    /** The overriding value, while the override was made of the calculation that still stands (RiskAssessment). */
    private static Optional<String> override(Optional<String> calculated, String overriddenCalculation, String value) {
        return calculated.filter(c -> c.equals(overriddenCalculation)).map(c -> value);
    }

    private static Double nullable(ResultSet row, int column) {
        try {
            double value = row.getDouble(column);
            return row.wasNull() ? 0.0 : value;
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read a predicted probability", e);
        }
    }

    private List<Group> groups(Everyone everyone, Function<Subject, String> key, LocalDate today) {
        Map<String, List<Subject>> byGroup = everyone.subjects().stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((name, members) -> groups.add(group(name, members, everyone, today)));
        return groups;
    }

    private Group group(String name, List<Subject> members, Everyone everyone, LocalDate today) {
        if (members.size() < rules.minimumGroupSize()) {
            return new Group(name, members.size(), true, Map.of(), Map.of(), List.of(), Optional.empty(), Optional.empty());
        }
        List<String> flags = new ArrayList<>();
        Map<String, Map<String, Rate>> distributions = new TreeMap<>();
        DISTRIBUTIONS.forEach((measure, value) -> {
            Map<String, Rate> shares = new TreeMap<>();
            everyone.categories(measure, value).forEach(category -> {
                String what = measure + " " + category;
                Rate rate = everyone.rate(what, members, s -> value.apply(s).filter(category::equals).isPresent());
                shares.put(category, rate);
                flag(flags, what, rate);
            });
            distributions.put(measure, shares);
        });
        Map<CalculatedLevel, FairnessReport.Overrides> overrides = new EnumMap<>(CalculatedLevel.class);
        for (CalculatedLevel level : CalculatedLevel.values()) {
            Function<Subject, Optional<String>> direction = s -> s.overrideDirections().get(level);
            String what = level.name().toLowerCase().replace('_', ' ') + " overrides";
            Rate any = everyone.rate(what, members, s -> direction.apply(s).isPresent());
            Rate up = everyone.rate(what + " up", members, s -> direction.apply(s).filter("UP"::equals).isPresent());
            Rate down = everyone.rate(what + " down", members, s -> direction.apply(s).filter("DOWN"::equals).isPresent());
            flag(flags, what, any);
            flag(flags, what + " up", up);
            flag(flags, what + " down", down);
            overrides.put(level, new FairnessReport.Overrides(any, up, down));
        }
        return new Group(name, members.size(), false, distributions, overrides, List.copyOf(flags),
                calibration(members, 1, today), calibration(members, 2, today));
    }

    /**
     * Everyone counted, with each overall share worked out once for all the groups compared with it (so that the
     * report grows with the number of people, not with people times groups).
     */
    private static final class Everyone {

        private final List<Subject> subjects;
        private final Map<String, Double> shares = new HashMap<>();
        private final Map<String, List<String>> categories = new HashMap<>();

        Everyone(List<Subject> subjects) {
            this.subjects = subjects;
        }

        List<Subject> subjects() {
            return subjects;
        }

        /** A share in the group beside the same share overall; {@code what} names the thing counted. */
        Rate rate(String what, List<Subject> members, Predicate<Subject> test) {
            double share = share(members, test);
            double overall = shares.computeIfAbsent(what, ignored -> share(subjects, test));
            return new Rate(share, overall == 0 ? null : share / overall);
        }

        /** The values a measure takes among everyone, in order. */
        List<String> categories(String measure, Function<Subject, Optional<String>> value) {
            return categories.computeIfAbsent(measure, ignored -> subjects.stream().map(value).flatMap(Optional::stream)
                    .distinct().sorted().toList());
        }

        private static double share(List<Subject> among, Predicate<Subject> test) {
            return among.stream().filter(test).count() / (double) among.size();
        }
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

}
