package org.desist.reporting.dashboard;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.disclosure.AgeBands;

/**
 * The panels' counts, aggregated in PostgreSQL from the read models. Every query leaves out the cases under an
 * exclusion or restriction list (the kernel's {@code case_access}), now or to come: a dashboard never reveals them.
 */
@ApplicationScoped
public class DashboardQueries {

    /** No case with limited access, in force or yet to start, is counted. */
    private static final String VISIBLE = "NOT EXISTS (SELECT 1 FROM case_access x WHERE x.crn = p.crn "
            + "AND x.restricted_from IS NOT NULL AND (x.restricted_until IS NULL OR x.restricted_until >= CURRENT_DATE))";
    private static final String TEAM = " AND (CAST(? AS TEXT) IS NULL OR p.team = ?)";

    private final AgroalDataSource dataSource;

    DashboardQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Caseload.Row> caseload(Filters f) {
        return query("SELECT p.team, p.staff_id, coalesce(p.tier, '" + Caseload.UNTIERED + "'), count(*) "
                + "FROM dashboard_people p WHERE p.staff_id IS NOT NULL AND p.allocated_on <= ? AND " + VISIBLE + TEAM
                + " GROUP BY 1, 2, 3", r -> new Caseload.Row(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)),
                Date.valueOf(f.to()), team(f), team(f));
    }

    List<Compliance.Row> compliance(Filters f) {
        return query("SELECT coalesce(p.team, 'UNALLOCATED'), c.outcome, count(*) FROM dashboard_contacts c "
                + "JOIN dashboard_people p ON p.crn = c.crn WHERE c.occurred_on BETWEEN ? AND ? AND " + VISIBLE + TEAM
                + " GROUP BY 1, 2 UNION ALL "
                + "SELECT coalesce(p.team, 'UNALLOCATED'), a.kind, count(*) FROM dashboard_actions a "
                + "JOIN dashboard_people p ON p.crn = a.crn WHERE a.kind IN ('WARNING', 'WARNING_WITHDRAWN', 'BREACH', "
                + "'NOT_TO_BREACH') AND a.on_date BETWEEN ? AND ? AND " + VISIBLE + TEAM + " GROUP BY 1, 2",
                r -> new Compliance.Row(r.getString(1), r.getString(2), r.getLong(3)),
                Date.valueOf(f.from()), Date.valueOf(f.to()), team(f), team(f),
                Date.valueOf(f.from()), Date.valueOf(f.to()), team(f), team(f));
    }

    /** Ages in whole years on the last day of the range, grouped: the bands are the kernel's ({@link AgeBands}). */
    List<Fairness.Row> fairness(Filters f) {
        return query("SELECT coalesce(p.sex, 'NOT_RECORDED'), coalesce(p.ethnicity, 'NOT_RECORDED'), "
                + "CAST(date_part('year', age(?, p.date_of_birth)) AS INTEGER), p.rosh, coalesce(a.breach, false), "
                + "coalesce(a.recall, false), coalesce(a.override, false), count(*) FROM dashboard_people p "
                + "LEFT JOIN (SELECT crn, bool_or(kind = 'BREACH') AS breach, bool_or(kind = 'RECALL') AS recall, "
                + "bool_or(kind = 'OVERRIDE') AS override FROM dashboard_actions WHERE kind IN ('BREACH', 'RECALL', "
                + "'OVERRIDE') AND on_date BETWEEN ? AND ? GROUP BY crn) a ON a.crn = p.crn WHERE " + VISIBLE + TEAM
                + " GROUP BY 1, 2, 3, 4, 5, 6, 7", r -> {
                    int age = r.getInt(3);
                    String band = r.wasNull() ? AgeBands.NOT_RECORDED : AgeBands.ofAge(age);
                    return new Fairness.Row(r.getString(1), r.getString(2), band, Optional.ofNullable(r.getString(4)),
                            r.getBoolean(5), r.getBoolean(6), r.getBoolean(7), r.getLong(8));
                }, Date.valueOf(f.to()), Date.valueOf(f.from()), Date.valueOf(f.to()), team(f), team(f));
    }

    /** Cohorts by the month or quarter supervision began; a year's follow-up needs a year passed since the start. */
    List<Outcomes.Row> outcomes(Filters f, String cohortBy) {
        String one = "p.supervision_start + INTERVAL '1 year' <= CURRENT_DATE";
        String two = "p.supervision_start + INTERVAL '2 years' <= CURRENT_DATE";
        return query("SELECT to_char(date_trunc('" + ("month".equals(cohortBy) ? "month" : "quarter") + "', "
                + "p.supervision_start), '" + ("month".equals(cohortBy) ? "YYYY-MM" : "YYYY-\"Q\"Q") + "') AS cohort, "
                + "count(*), count(*) FILTER (WHERE " + one + "), "
                + "count(*) FILTER (WHERE " + one + " AND r.first <= p.supervision_start + INTERVAL '1 year'), "
                + "avg(p.ogrs3_one_year) FILTER (WHERE " + one + "), "
                + "count(*) FILTER (WHERE " + two + "), "
                + "count(*) FILTER (WHERE " + two + " AND r.first <= p.supervision_start + INTERVAL '2 years'), "
                + "avg(p.ogrs3_two_year) FILTER (WHERE " + two + ") "
                + "FROM dashboard_people p LEFT JOIN (SELECT a.crn, min(a.on_date) AS first FROM dashboard_actions a "
                + "JOIN dashboard_people q ON q.crn = a.crn WHERE a.kind = 'CONVICTION' AND a.on_date >= q.supervision_start "
                + "GROUP BY a.crn) r ON r.crn = p.crn WHERE p.supervision_start BETWEEN ? AND ? AND " + VISIBLE + TEAM
                + " GROUP BY 1 ORDER BY 1", r -> new Outcomes.Row(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4),
                        number(r, 5), r.getLong(6), r.getLong(7), number(r, 8)),
                Date.valueOf(f.from()), Date.valueOf(f.to()), team(f), team(f));
    }

    List<OfficerOutliers.Row> officers(Filters f) {
        return query("SELECT p.team, p.staff_id, count(*), coalesce(sum(a.n), 0) FROM dashboard_people p "
                + "LEFT JOIN (SELECT crn, count(*) AS n FROM dashboard_actions WHERE kind IN ('BREACH', 'RECALL') "
                + "AND on_date BETWEEN ? AND ? GROUP BY crn) a ON a.crn = p.crn WHERE p.staff_id IS NOT NULL AND "
                + "p.team IS NOT NULL AND " + VISIBLE + TEAM + " GROUP BY 1, 2",
                r -> new OfficerOutliers.Row(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)),
                Date.valueOf(f.from()), Date.valueOf(f.to()), team(f), team(f));
    }

    private static String team(Filters f) {
        return f.team().orElse(null);
    }

    private static Optional<Double> number(ResultSet r, int column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? Optional.empty() : Optional.of(value);
    }

    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new EventStoreFailure("could not count the dashboard's figures", e);
        }
    }
}
