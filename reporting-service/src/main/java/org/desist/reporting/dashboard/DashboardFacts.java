package org.desist.reporting.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.desist.eventstore.consume.ReceivedEvent;
import org.desist.eventstore.projection.ReadModelSql;

/** The dashboard's read models, written in the consumer's transaction (V115__dashboard.sql). */
@ApplicationScoped
public class DashboardFacts {

    /** What {@code dashboard_actions} counts. */
    enum Action {
        WARNING, WARNING_WITHDRAWN, BREACH, NOT_TO_BREACH, RECALL, CONVICTION, OVERRIDE;

        /** What the compliance panel counts besides contacts. */
        static final Set<Action> ENFORCEMENT = EnumSet.of(WARNING, WARNING_WITHDRAWN, BREACH, NOT_TO_BREACH);
    }

    private final ReadModelSql sql;

    DashboardFacts(ReadModelSql sql) {
        this.sql = sql;
    }

    /** Every fact about a person starts their row, whatever order the topics deliver them in. */
    void known(String crn) {
        sql.update("INSERT INTO dashboard_people (crn) VALUES (?) ON CONFLICT (crn) DO NOTHING", crn);
    }

    void registered(String crn, Optional<String> sex, Optional<String> ethnicity, Optional<LocalDate> born) {
        sql.update("UPDATE dashboard_people SET sex = ?, ethnicity = ?, date_of_birth = ? WHERE crn = ?",
                sex.orElse(null), ethnicity.orElse(null), born.map(Date::valueOf).orElse(null), crn);
    }

    void allocated(String crn, String staffId, String team, LocalDate on) {
        sql.update("UPDATE dashboard_people SET staff_id = ?, team = ?, allocated_on = ? WHERE crn = ?", staffId, team,
                Date.valueOf(on), crn);
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
     * A contact counts for the team responsible when it took place (a correction keeps that team); its month's count
     * moves with a correction of its outcome or date.
     */
    void contact(String crn, String contactId, LocalDate occurredOn, String outcome) {
        sql.update("UPDATE dashboard_compliance_months m SET n = m.n - 1 FROM dashboard_contacts c WHERE c.contact_id = ? "
                + "AND m.month = CAST(date_trunc('month', c.occurred_on) AS DATE) AND m.team = coalesce(c.team, "
                + "'UNALLOCATED') AND m.what = c.outcome", contactId);
        sql.update("INSERT INTO dashboard_contacts (contact_id, crn, occurred_on, outcome, team) "
                + "SELECT ?, ?, ?, ?, team FROM dashboard_people WHERE crn = ? "
                + "ON CONFLICT (contact_id) DO UPDATE SET occurred_on = excluded.occurred_on, outcome = excluded.outcome",
                contactId, crn, Date.valueOf(occurredOn), outcome, crn);
        sql.update("INSERT INTO dashboard_compliance_months (month, team, what, n) SELECT CAST(date_trunc('month', "
                + "occurred_on) AS DATE), coalesce(team, 'UNALLOCATED'), outcome, 1 FROM dashboard_contacts WHERE "
                + "contact_id = ? ON CONFLICT (month, team, what) DO UPDATE SET n = dashboard_compliance_months.n + 1",
                contactId);
    }

    void action(ReceivedEvent event, String crn, Action kind, LocalDate on, Optional<String> detail) {
        int added = sql.update("INSERT INTO dashboard_actions (source, event_id, crn, kind, on_date, detail, team) "
                + "SELECT ?, ?, ?, ?, ?, ?, team FROM dashboard_people WHERE crn = ? ON CONFLICT DO NOTHING",
                event.source(), event.id(), crn, kind.name(), Date.valueOf(on), detail.orElse(null), crn);
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
