package org.desist.risk.fairness;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.disclosure.AgeBands;
import org.desist.risk.assessment.CalculatedLevel;

/** Reads everyone's judgements, one row a person from {@link FairnessProjection} and {@link PredictionsProjection}, for {@link FairnessFigures}. */
@ApplicationScoped
public class FairnessMonitoring {

    private final AgroalDataSource dataSource;
    private final FairnessFigures figures;

    FairnessMonitoring(AgroalDataSource dataSource, FairnessRules rules) {
        this.dataSource = dataSource;
        this.figures = new FairnessFigures(rules);
    }

    public FairnessReport report(LocalDate today) {
        return figures.report(subjects(today), today);
    }

    /** Everyone registered, one row each from the equality data, both fairness read models and convictions. */
    private List<Subject> subjects(LocalDate today) {
        String query = "SELECT p.sex, e.ethnicity, p.date_of_birth, f.rosh, f.tier_in_force, q.band_calculated, "
                + "f.band_override_calculated, f.band_override_value, q.follow_up_start, q.one_year_probability, "
                + "q.two_year_probability, c.dates, f.tier_overrides_up, f.tier_overrides_down, f.band_overrides_up, "
                + "f.band_overrides_down "
                + "FROM risk_profiles p LEFT JOIN equality_monitoring e ON e.crn = p.crn "
                + "LEFT JOIN fairness_subjects f ON f.crn = p.crn "
                + "LEFT JOIN fairness_predictions q ON q.crn = p.crn "
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
        Optional<String> band = Optional.ofNullable(row.getString(6));
        Optional<LocalDate> followUp = Optional.ofNullable(row.getDate(9)).map(Date::toLocalDate);
        List<LocalDate> convictions = new ArrayList<>();
        Array dates = row.getArray(12);
        if (dates != null) {
            for (Object date : (Object[]) dates.getArray()) {
                convictions.add(((Date) date).toLocalDate());
            }
        }
        Map<CalculatedLevel, Set<String>> overridesMade = new EnumMap<>(CalculatedLevel.class);
        overridesMade.put(CalculatedLevel.TIER, directions(row.getInt(13), row.getInt(14)));
        overridesMade.put(CalculatedLevel.OGRS3_BAND, directions(row.getInt(15), row.getInt(16)));
        Optional<LocalDate> born = Optional.ofNullable(row.getDate(3)).map(Date::toLocalDate);
        // The tier is the one in force as risk-service publishes it (tier.in-force.changed), never worked out here.
        return new Subject(Optional.ofNullable(row.getString(1)).orElse("NOT_RECORDED"),
                Optional.ofNullable(row.getString(2)).orElse("NOT_RECORDED"), ageBand(born.orElse(null), today),
                Optional.ofNullable(row.getString(4)), Optional.ofNullable(row.getString(5)),
                inForce(band, row.getString(7), row.getString(8)), Map.copyOf(overridesMade),
                followUp, followUp.map(start -> probability(row, 10)), followUp.map(start -> probability(row, 11)),
                List.copyOf(convictions));
    }

    /** The overriding value while the override was made of the calculation that still stands (RiskAssessment), else the calculation. */
    private static Optional<String> inForce(Optional<String> calculated, String overriddenCalculation, String value) {
        return calculated.filter(c -> c.equals(overriddenCalculation)).map(c -> value).or(() -> calculated);
    }

    private static Set<String> directions(int up, int down) {
        Set<String> directions = new HashSet<>();
        if (up > 0) {
            directions.add("UP");
        }
        if (down > 0) {
            directions.add("DOWN");
        }
        return Set.copyOf(directions);
    }

    private static Double probability(ResultSet row, int column) {
        try {
            double value = row.getDouble(column);
            return row.wasNull() ? 0.0 : value;
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read a predicted probability", e);
        }
    }

    static String ageBand(LocalDate dateOfBirth, LocalDate today) {
        return AgeBands.of(dateOfBirth, today);
    }
}
