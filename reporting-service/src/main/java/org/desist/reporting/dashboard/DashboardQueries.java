package org.desist.reporting.dashboard;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

    /** No case with limited access, in force or yet to start, is counted (its CRN, in a query's {@code %s}). */
    private static final String LIMITED = "(SELECT x.crn FROM case_access x WHERE x.restricted_from IS NOT NULL "
            + "AND (x.restricted_until IS NULL OR x.restricted_until >= CURRENT_DATE))";
    private static final String VISIBLE = " %s NOT IN " + LIMITED;
    private static final String TEAM = " AND (CAST(? AS TEXT) IS NULL OR %s = ?)";
    /**
     * The case's allocation in force on a day, as {@code a} ({@code %1$s} the CRN, {@code %2$s} the day): what a panel
     * counts goes to the team responsible then, not the case's team today (DashboardFacts.TEAM_ON for single facts).
     */
    /**
     * The cases held on a day, as {@code h} (crn, team, staff_id, tier, rosh; four parameters, the day each time): a case
     * whose latest allocation was made by then is held under it (dashboard_people, no join: the usual case, the day
     * being today); only one reallocated since is looked up among its allocations.
     */
    private static final String HELD_ON = " (SELECT p.crn, p.team, p.staff_id, p.tier, p.rosh FROM dashboard_people p "
            + "WHERE p.staff_id IS NOT NULL AND p.allocated_on <= CAST(? AS DATE) UNION ALL SELECT p.crn, a.team, "
            + "a.staff_id, p.tier, p.rosh FROM dashboard_people p JOIN dashboard_allocations a ON a.crn = p.crn "
            + "AND (a.valid_from IS NULL OR a.valid_from <= CAST(? AS DATE)) AND (a.valid_until IS NULL OR a.valid_until "
            + "> CAST(? AS DATE)) WHERE p.allocated_on > CAST(? AS DATE) AND a.allocated_on <= CAST(? AS DATE)) h";
    private static final String ALLOCATION_ON = " dashboard_allocations a ON a.crn = %1$s AND (a.valid_from IS NULL "
            + "OR a.valid_from <= %2$s) AND (a.valid_until IS NULL OR a.valid_until > %2$s)";

    private final AgroalDataSource dataSource;

    DashboardQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The cases each officer held on the last day, under the team they were allocated in then. */
    List<Caseload.Row> caseload(Filters f) {
        Date to = Date.valueOf(f.to());
        return query("SELECT h.team, h.staff_id, coalesce(h.tier, '" + Caseload.UNTIERED + "'), count(*) FROM" + HELD_ON
                + " WHERE " + visible("h.crn") + team("h.team") + " GROUP BY 1, 2, 3",
                r -> new Caseload.Row(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)),
                to, to, to, to, to, team(f), team(f));
    }

    /**
     * Each contact and action counts for the team responsible when it happened. Whole months come from their monthly
     * counts less what cases under limited access contributed; the days before the first whole month and after the
     * last come from the rows themselves.
     */
    List<Compliance.Row> compliance(Filters f) {
        LocalDate end = f.to().plusDays(1);
        LocalDate wholeFrom = f.from().getDayOfMonth() == 1 ? f.from() : f.from().withDayOfMonth(1).plusMonths(1);
        LocalDate wholeTo = end.getDayOfMonth() == 1 ? end : f.to().withDayOfMonth(1);
        if (!wholeFrom.isBefore(wholeTo)) {
            wholeFrom = end;
            wholeTo = end;
        }
        String rows = "SELECT coalesce(%1$s.team, 'UNALLOCATED') AS team, %1$s.%2$s AS what, %4$scount(*) AS n FROM %3$s %1$s "
                + "WHERE %5$s ((%1$s.%6$s >= ? AND %1$s.%6$s < ?) OR (%1$s.%6$s >= ? AND %1$s.%6$s < ?)) AND %7$s"
                + team("%1$s.team") + " GROUP BY 1, 2";
        String kinds = "a.kind IN ('WARNING', 'WARNING_WITHDRAWN', 'BREACH', 'NOT_TO_BREACH') AND ";
        String sql = "SELECT team, what, sum(n) FROM (SELECT team, what, n FROM dashboard_compliance_months m "
                + "WHERE m.month >= ? AND m.month < ?" + team("m.team")
                + " UNION ALL " + rows.formatted("c", "outcome", "dashboard_contacts", "", "", "occurred_on", visible("c.crn"))
                + " UNION ALL " + rows.formatted("a", "kind", "dashboard_actions", "", kinds, "on_date", visible("a.crn"))
                + " UNION ALL " + rows.formatted("c", "outcome", "dashboard_contacts", "-", "", "occurred_on",
                        "c.crn IN " + LIMITED)
                + " UNION ALL " + rows.formatted("a", "kind", "dashboard_actions", "-", kinds, "on_date",
                        "a.crn IN " + LIMITED)
                + ") counted GROUP BY 1, 2 HAVING sum(n) <> 0";
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(wholeFrom), Date.valueOf(wholeTo)));
        parameters.add(team(f));
        parameters.add(team(f));
        // the days outside whole months, for contacts then actions
        for (int i = 0; i < 2; i++) {
            parameters.addAll(List.of(Date.valueOf(f.from()), Date.valueOf(wholeFrom.isBefore(end) ? wholeFrom : end),
                    Date.valueOf(wholeTo), Date.valueOf(wholeTo.isBefore(end) ? end : wholeTo)));
            parameters.add(team(f));
            parameters.add(team(f));
        }
        // what limited-access cases added to the whole months, taken out again
        for (int i = 0; i < 2; i++) {
            parameters.addAll(List.of(Date.valueOf(wholeFrom), Date.valueOf(wholeTo), Date.valueOf(wholeTo),
                    Date.valueOf(wholeTo)));
            parameters.add(team(f));
            parameters.add(team(f));
        }
        return query(sql, r -> new Compliance.Row(r.getString(1), r.getString(2), r.getLong(3)), parameters.toArray());
    }

    /**
     * Age bands on the last day of the range, bucketed by date of birth against each band's cut-off date (the kernel's
     * {@link AgeBands}): comparing dates is far cheaper than working out everyone's age.
     */
    List<Fairness.Row> fairness(Filters f) {
        StringBuilder bucket = new StringBuilder("CASE WHEN p.date_of_birth IS NULL THEN -1");
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < AgeBands.LOWER_BOUNDS.size(); i++) {
            bucket.append(" WHEN p.date_of_birth > ? THEN ").append(i);
            parameters.add(Date.valueOf(f.to().minusYears(AgeBands.LOWER_BOUNDS.get(i))));
        }
        bucket.append(" ELSE ").append(AgeBands.LOWER_BOUNDS.size()).append(" END");
        parameters.addAll(List.of(Date.valueOf(f.from()), Date.valueOf(f.to())));
        // each person under the team responsible for them on the last day: looked up only when one team is asked for
        String byTeam = "";
        if (f.team().isPresent()) {
            byTeam = " JOIN" + allocationOn("p.crn") + " AND a.team = ?";
            parameters.addAll(List.of(Date.valueOf(f.to()), Date.valueOf(f.to()), f.team().get()));
        }
        return query("SELECT coalesce(p.sex, 'NOT_RECORDED'), coalesce(p.ethnicity, 'NOT_RECORDED'), " + bucket
                + ", p.rosh, coalesce(x.breach, false), coalesce(x.recall, false), coalesce(x.override, false), count(*) "
                + "FROM dashboard_people p LEFT JOIN (SELECT crn, bool_or(kind = 'BREACH') AS breach, "
                + "bool_or(kind = 'RECALL') AS recall, bool_or(kind = 'OVERRIDE') AS override FROM dashboard_actions "
                + "WHERE kind IN ('BREACH', 'RECALL', 'OVERRIDE') AND on_date BETWEEN ? AND ? GROUP BY crn) x "
                + "ON x.crn = p.crn" + byTeam + " WHERE " + visible("p.crn") + " GROUP BY 1, 2, 3, 4, 5, 6, 7", r -> {
                    int bucketOf = r.getInt(3);
                    String band = bucketOf < 0 ? AgeBands.NOT_RECORDED
                            : AgeBands.ofAge(bucketOf == 0 ? 0 : AgeBands.LOWER_BOUNDS.get(bucketOf - 1));
                    return new Fairness.Row(r.getString(1), r.getString(2), band, Optional.ofNullable(r.getString(4)),
                            r.getBoolean(5), r.getBoolean(6), r.getBoolean(7), r.getLong(8));
                }, parameters.toArray());
    }

    /** Cohorts by the month or quarter supervision began; a year's follow-up needs a year passed since the start. */
    List<Outcomes.Row> outcomes(Filters f, String cohortBy) {
        String oneYearOn = "CAST(p.supervision_start + INTERVAL '1 year' AS DATE)";
        String twoYearsOn = "CAST(p.supervision_start + INTERVAL '2 years' AS DATE)";
        String one = oneYearOn + " <= CURRENT_DATE";
        String two = twoYearsOn + " <= CURRENT_DATE";
        boolean month = "month".equals(cohortBy);
        return query("SELECT to_char(date_trunc('" + (month ? "month" : "quarter") + "', p.supervision_start), '"
                + (month ? "YYYY-MM" : "YYYY-\"Q\"Q") + "') AS cohort, count(*), count(*) FILTER (WHERE " + one + "), "
                + "count(*) FILTER (WHERE " + one + " AND p.reoffended_on <= " + oneYearOn + "), "
                + "avg(p.ogrs3_one_year) FILTER (WHERE " + one + "), count(*) FILTER (WHERE " + two + "), "
                + "count(*) FILTER (WHERE " + two + " AND p.reoffended_on <= " + twoYearsOn + "), "
                + "avg(p.ogrs3_two_year) FILTER (WHERE " + two + ") FROM dashboard_people p "
                + "WHERE p.supervision_start BETWEEN ? AND ? AND " + visible("p.crn") + team("p.team")
                + " GROUP BY 1 ORDER BY 1", r -> new Outcomes.Row(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4),
                        number(r, 5), r.getLong(6), r.getLong(7), number(r, 8)),
                Date.valueOf(f.from()), Date.valueOf(f.to()), team(f), team(f));
    }

    /**
     * Levels of the cases supervised on the last day, under the team they were allocated in then; overrides
     * countersigned over the dates, under the team responsible that day.
     */
    List<RiskLevels.Row> risk(Filters f) {
        Date to = Date.valueOf(f.to());
        String supervised = "FROM" + HELD_ON + " WHERE " + visible("h.crn") + team("h.team");
        return query("SELECT 'rosh', coalesce(h.rosh, 'NOT_ASSESSED'), count(*) " + supervised
                + " GROUP BY 1, 2 UNION ALL SELECT 'tier', coalesce(h.tier, '" + Caseload.UNTIERED + "'), count(*) "
                + supervised + " GROUP BY 1, 2 UNION ALL SELECT 'override', o.detail, count(*) FROM dashboard_actions o "
                + "WHERE o.kind = 'OVERRIDE' AND o.on_date BETWEEN ? AND ? AND " + visible("o.crn") + team("o.team")
                + " GROUP BY 1, 2", r -> new RiskLevels.Row(r.getString(1), r.getString(2), r.getLong(3)),
                to, to, to, to, to, team(f), team(f), to, to, to, to, to, team(f), team(f), Date.valueOf(f.from()), to,
                team(f), team(f));
    }

    /**
     * Orders made over the dates, under the team responsible on the day each was made; near and past the limit are
     * counted on the last day asked for, not today, so that a past period reads as it stood then.
     */
    List<UnpaidWork.Row> unpaidWork(Filters f, int limitMonths, int warningDays) {
        String limit = "CAST(u.ordered_on + make_interval(months => " + limitMonths + ") AS DATE)";
        String outstanding = "NOT u.completed AND u.hours_worked < u.hours_ordered";
        Date to = Date.valueOf(f.to());
        return query("SELECT coalesce(a.team, 'UNALLOCATED'), count(*), coalesce(sum(u.hours_ordered), 0), "
                + "coalesce(sum(u.hours_worked), 0), coalesce(sum(GREATEST(u.hours_ordered - u.hours_worked, 0)) "
                + "FILTER (WHERE NOT u.completed), 0), "
                + "count(*) FILTER (WHERE " + outstanding + " AND " + limit + " >= ? AND " + limit + " <= ?), "
                + "count(*) FILTER (WHERE " + outstanding + " AND " + limit + " < ?) "
                + "FROM dashboard_unpaid_work u LEFT JOIN" + allocationOn("u.crn", "u.ordered_on")
                + " WHERE u.ordered_on BETWEEN ? AND ? AND " + visible("u.crn") + team("a.team") + " GROUP BY 1 ORDER BY 1",
                r -> new UnpaidWork.Row(r.getString(1), r.getLong(2), r.getLong(3), r.getDouble(4), r.getDouble(5),
                        r.getLong(6), r.getLong(7)),
                to, Date.valueOf(f.to().plusDays(warningDays)), to, Date.valueOf(f.from()), to, team(f), team(f));
    }

    /**
     * Reports due over the dates, by the team responsible for the case on the due date (a request not yet matched to a
     * case is UNMATCHED);
     * delivered on time means by the end of the due date; unacknowledged as {@code GET /reports/unacknowledged} says.
     */
    List<ReportTimeliness.Team> reports(Filters f, long acknowledgementSeconds) {
        return query("SELECT coalesce(a.team, CASE WHEN r.crn IS NULL THEN 'UNMATCHED' ELSE 'UNALLOCATED' END), count(*), "
                + "count(*) FILTER (WHERE r.delivered_at IS NOT NULL AND CAST(r.delivered_at AS DATE) <= r.due_date), "
                + "count(*) FILTER (WHERE r.delivered_at IS NOT NULL AND CAST(r.delivered_at AS DATE) > r.due_date), "
                + "count(*) FILTER (WHERE r.delivered_at IS NULL), "
                + "count(*) FILTER (WHERE r.delivered_at IS NULL AND r.due_date < CURRENT_DATE), "
                + "count(*) FILTER (WHERE r.delivered_at IS NOT NULL AND (r.acknowledged_version IS NULL "
                + "OR r.acknowledged_version < r.delivered_version) AND r.delivered_at + make_interval(secs => ?) <= now()) "
                + "FROM reports r LEFT JOIN" + allocationOn("r.crn", "r.due_date") + " WHERE r.due_date BETWEEN ? AND ? "
                + "AND (r.crn IS NULL OR " + visible("r.crn") + ")" + team("a.team") + " GROUP BY 1 ORDER BY 1",
                r -> new ReportTimeliness.Team(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                        r.getLong(6), r.getLong(7)),
                acknowledgementSeconds, Date.valueOf(f.from()), Date.valueOf(f.to()), team(f), team(f));
    }

    /** Each officer's cases on the last day, under the team they were allocated in then, and their breaches and recalls. */
    List<OfficerOutliers.Row> officers(Filters f) {
        Date to = Date.valueOf(f.to());
        return query("SELECT h.team, h.staff_id, count(*), coalesce(sum(x.n), 0) FROM" + HELD_ON
                + " LEFT JOIN (SELECT crn, count(*) AS n FROM dashboard_actions WHERE kind IN ('BREACH', 'RECALL') "
                + "AND on_date BETWEEN ? AND ? GROUP BY crn) x ON x.crn = h.crn WHERE h.team IS NOT NULL AND "
                + visible("h.crn") + team("h.team") + " GROUP BY 1, 2",
                r -> new OfficerOutliers.Row(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)),
                to, to, to, to, to, Date.valueOf(f.from()), to, team(f), team(f));
    }

    private static String team(Filters f) {
        return f.team().orElse(null);
    }

    /** The allocation in force on the day given as a parameter. */
    private static String allocationOn(String crn) {
        return allocationOn(crn, "CAST(? AS DATE)");
    }

    private static String allocationOn(String crn, String day) {
        return ALLOCATION_ON.formatted(crn, day);
    }

    private static String visible(String crn) {
        return VISIBLE.formatted(crn);
    }

    private static String team(String column) {
        return TEAM.formatted(column);
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
