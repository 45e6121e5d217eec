package org.desist.reporting.dashboard;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.consume.ReceivedEvent;
import org.desist.eventstore.projection.ReadModelSql;
import org.desist.reporting.dashboard.Responsibility.Allocation;
import org.desist.reporting.dashboard.Responsibility.Period;

/**
 * The dashboard's read models, written in the consumer's transaction (V115__dashboard.sql). Contacts and actions carry
 * the team responsible on their day ({@link Responsibility}); an allocation that arrives after them moves them to it.
 */
@ApplicationScoped
public class DashboardFacts {

    /** What {@code dashboard_actions} counts. */
    enum Action {
        WARNING, WARNING_WITHDRAWN, BREACH, NOT_TO_BREACH, RECALL, CONVICTION, OVERRIDE;

        /** What the compliance panel counts besides contacts. */
        static final Set<Action> ENFORCEMENT = EnumSet.of(WARNING, WARNING_WITHDRAWN, BREACH, NOT_TO_BREACH);
    }

    /** The team a case's fact counts for on a day (in a query's {@code %1$s} the CRN, {@code %2$s} the day). */
    static final String TEAM_ON = "(SELECT r.team FROM dashboard_allocations r WHERE r.crn = %1$s AND (r.valid_from IS NULL "
            + "OR r.valid_from <= %2$s) AND (r.valid_until IS NULL OR r.valid_until > %2$s))";

    private final ReadModelSql sql;
    private final AgroalDataSource dataSource;

    DashboardFacts(ReadModelSql sql, AgroalDataSource dataSource) {
        this.sql = sql;
        this.dataSource = dataSource;
    }

    /** Every fact about a person starts their row, whatever order the topics deliver them in. */
    void known(String crn) {
        sql.update("INSERT INTO dashboard_people (crn) VALUES (?) ON CONFLICT (crn) DO NOTHING", crn);
    }

    /**
     * The groups fairness counts a person in, from the registration on the case topic or its copy on the monitoring
     * topic, whichever comes first: a value absent from one never wipes the other's.
     */
    void described(String crn, Optional<String> sex, Optional<String> ethnicity, Optional<LocalDate> born) {
        sql.update("UPDATE dashboard_people SET sex = coalesce(?, sex), ethnicity = coalesce(?, ethnicity), "
                + "date_of_birth = coalesce(?, date_of_birth) WHERE crn = ?", sex.orElse(null), ethnicity.orElse(null),
                born.map(Date::valueOf).orElse(null), crn);
    }

    /**
     * Keeps the allocation with the case's others, works out again which was in force when, and moves the case's
     * contacts and actions (and their monthly counts) to the team responsible on their day.
     */
    void allocated(ReceivedEvent event, String crn, String staffId, String team, LocalDate on) {
        sql.update("INSERT INTO dashboard_allocations (source, event_id, crn, allocated_at, stream_version, allocated_on, "
                + "staff_id, team) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", event.source(), event.id(), crn,
                Timestamp.from(event.time()), event.streamVersion(), Date.valueOf(on), staffId, team);
        Responsibility responsibility = Responsibility.of(allocations(crn));
        List<Object[]> periods = new ArrayList<>();
        for (Period p : responsibility.periods()) {
            periods.add(new Object[] {p.from().map(Date::valueOf).orElse(null), p.until().map(Date::valueOf).orElse(null),
                    p.allocation().source(), p.allocation().eventId()});
        }
        sql.batch("UPDATE dashboard_allocations SET valid_from = ?, valid_until = ? WHERE source = ? AND event_id = ?",
                periods);
        responsibility.latest().ifPresent(now -> sql.update("UPDATE dashboard_people SET staff_id = ?, team = ?, "
                + "allocated_on = ? WHERE crn = ?", now.staffId(), now.team(), Date.valueOf(now.on()), crn));
        // out of the monthly counts under the team they had, then back in under the team responsible on their day
        monthlyCounts(crn, "- 1");
        sql.update("UPDATE dashboard_contacts c SET team = " + TEAM_ON.formatted("c.crn", "c.occurred_on")
                + " WHERE c.crn = ?", crn);
        sql.update("UPDATE dashboard_actions a SET team = " + TEAM_ON.formatted("a.crn", "a.on_date")
                + " WHERE a.crn = ?", crn);
        monthlyCounts(crn, "+ 1");
    }

    /** Adds the case's contacts and enforcement actions to their months' counts ({@code + 1}), or takes them out. */
    private void monthlyCounts(String crn, String sign) {
        String add = " ON CONFLICT (month, team, what) DO UPDATE SET n = dashboard_compliance_months.n + excluded.n";
        sql.update("INSERT INTO dashboard_compliance_months (month, team, what, n) SELECT CAST(date_trunc('month', "
                + "occurred_on) AS DATE), coalesce(team, 'UNALLOCATED'), outcome, count(*) * (0 " + sign + ") "
                + "FROM dashboard_contacts WHERE crn = ? GROUP BY 1, 2, 3" + add, crn);
        sql.update("INSERT INTO dashboard_compliance_months (month, team, what, n) SELECT CAST(date_trunc('month', "
                + "on_date) AS DATE), coalesce(team, 'UNALLOCATED'), kind, count(*) * (0 " + sign + ") "
                + "FROM dashboard_actions WHERE crn = ? AND kind IN ('WARNING', 'WARNING_WITHDRAWN', 'BREACH', "
                + "'NOT_TO_BREACH') GROUP BY 1, 2, 3" + add, crn);
    }

    private List<Allocation> allocations(String crn) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("SELECT source, "
                + "event_id, allocated_at, stream_version, allocated_on, staff_id, team FROM dashboard_allocations "
                + "WHERE crn = ?")) {
            select.setString(1, crn);
            List<Allocation> allocations = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    allocations.add(new Allocation(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant(),
                            r.getLong(4), r.getDate(5).toLocalDate(), r.getString(6), r.getString(7)));
                }
            }
            return allocations;
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the allocations of a case", e);
        }
    }

    void tier(String crn, String tier) {
        sql.update("UPDATE dashboard_people SET tier = ? WHERE crn = ?", tier, crn);
    }

    void rosh(String crn, String level) {
        sql.update("UPDATE dashboard_people SET rosh = ? WHERE crn = ?", level, crn);
    }

    void predicted(String crn, Optional<Double> oneYear, Optional<Double> twoYear) {
        sql.update("UPDATE dashboard_people SET ogrs3_one_year = ?, ogrs3_two_year = ? WHERE crn = ?",
                oneYear.orElse(null), twoYear.orElse(null), crn);
    }

    /** Supervision began at the first sentence or release: the start of the reoffending follow-up. */
    void supervisionStarted(String crn, LocalDate start) {
        sql.update("UPDATE dashboard_people SET supervision_start = LEAST(coalesce(supervision_start, ?), ?) WHERE crn = ?",
                Date.valueOf(start), Date.valueOf(start), crn);
        reoffence(crn);
    }

    /**
     * A contact counts for the team responsible on the day it took place (a correction of its day may change that);
     * its month's count moves with a correction of its outcome or date.
     */
    void contact(String crn, String contactId, LocalDate occurredOn, String outcome) {
        sql.update("UPDATE dashboard_compliance_months m SET n = m.n - 1 FROM dashboard_contacts c WHERE c.contact_id = ? "
                + "AND m.month = CAST(date_trunc('month', c.occurred_on) AS DATE) AND m.team = coalesce(c.team, "
                + "'UNALLOCATED') AND m.what = c.outcome", contactId);
        sql.update("INSERT INTO dashboard_contacts (contact_id, crn, occurred_on, outcome, team) "
                + "VALUES (?, ?, ?, ?, " + TEAM_ON.formatted("?", "?") + ") ON CONFLICT (contact_id) DO UPDATE SET "
                + "occurred_on = excluded.occurred_on, outcome = excluded.outcome, team = excluded.team",
                contactId, crn, Date.valueOf(occurredOn), outcome, crn, Date.valueOf(occurredOn), Date.valueOf(occurredOn));
        sql.update("INSERT INTO dashboard_compliance_months (month, team, what, n) SELECT CAST(date_trunc('month', "
                + "occurred_on) AS DATE), coalesce(team, 'UNALLOCATED'), outcome, 1 FROM dashboard_contacts WHERE "
                + "contact_id = ? ON CONFLICT (month, team, what) DO UPDATE SET n = dashboard_compliance_months.n + 1",
                contactId);
    }

    void action(ReceivedEvent event, String crn, Action kind, LocalDate on, Optional<String> detail) {
        int added = sql.update("INSERT INTO dashboard_actions (source, event_id, crn, kind, on_date, detail, team) "
                + "VALUES (?, ?, ?, ?, ?, ?, " + TEAM_ON.formatted("?", "?") + ") ON CONFLICT DO NOTHING",
                event.source(), event.id(), crn, kind.name(), Date.valueOf(on), detail.orElse(null), crn, Date.valueOf(on),
                Date.valueOf(on));
        if (added == 1 && Action.ENFORCEMENT.contains(kind)) {
            sql.update("INSERT INTO dashboard_compliance_months (month, team, what, n) SELECT CAST(date_trunc('month', "
                    + "on_date) AS DATE), coalesce(team, 'UNALLOCATED'), kind, 1 FROM dashboard_actions WHERE source = ? "
                    + "AND event_id = ? ON CONFLICT (month, team, what) DO UPDATE SET n = dashboard_compliance_months.n + 1",
                    event.source(), event.id());
        }
        if (kind == Action.CONVICTION) {
            reoffence(crn);
        }
    }

    /** The first offence proven since supervision began, whichever of the two the topics delivered first. */
    private void reoffence(String crn) {
        sql.update("UPDATE dashboard_people p SET reoffended_on = (SELECT min(a.on_date) FROM dashboard_actions a "
                + "WHERE a.crn = p.crn AND a.kind = 'CONVICTION' AND a.on_date >= p.supervision_start) WHERE p.crn = ?",
                crn);
    }

    void unpaidWorkOrdered(String crn, String requirementId, LocalDate on, int hours) {
        sql.update("INSERT INTO dashboard_unpaid_work (requirement_id, crn, ordered_on, hours_ordered) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (requirement_id) DO UPDATE SET ordered_on = excluded.ordered_on, "
                + "hours_ordered = excluded.hours_ordered", requirementId, crn, Date.valueOf(on), hours);
    }

    /** Each session adds its hours once: the inbox hands each logged event over once. */
    void unpaidWorkLogged(String crn, String requirementId, double hours) {
        sql.update("INSERT INTO dashboard_unpaid_work (requirement_id, crn, hours_worked) VALUES (?, ?, ?) "
                + "ON CONFLICT (requirement_id) DO UPDATE SET hours_worked = dashboard_unpaid_work.hours_worked + "
                + "excluded.hours_worked", requirementId, crn, hours);
    }

    void requirementCompleted(String requirementId) {
        sql.update("UPDATE dashboard_unpaid_work SET completed = true WHERE requirement_id = ?", requirementId);
    }
}
