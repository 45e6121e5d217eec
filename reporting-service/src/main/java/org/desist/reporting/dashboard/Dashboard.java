package org.desist.reporting.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.desist.eventstore.disclosure.DisclosureControl;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.NotFound;
import org.desist.reporting.report.ReportsConfig;

/** The dashboard's panels: filters read, counts taken from the read models, figures worked out. */
@ApplicationScoped
public class Dashboard {

    /** The panels, as named in {@code /dashboard/data/{panel}.json}. */
    public enum Panel {
        CASELOAD(12), COMPLIANCE(12), FAIRNESS(12), OUTCOMES(60), RISK(12), UNPAID_WORK(12), REPORTS(12), OFFICERS(12);

        /** Months before {@code to} that {@code from} defaults to: outcomes need cohorts followed up for years. */
        final int defaultMonths;

        Panel(int defaultMonths) {
            this.defaultMonths = defaultMonths;
        }

        static Panel named(String name) {
            for (Panel panel : values()) {
                if (panel.name().toLowerCase().replace('_', '-').equals(name)) {
                    return panel;
                }
            }
            throw new NotFound("no dashboard panel '" + name + "': caseload, compliance, fairness, outcomes, "
                    + "risk, unpaid-work, reports or officers");
        }
    }

    private final DashboardQueries queries;
    private final DashboardConfig config;
    private final ReportsConfig reports;
    private final Clock clock = Clock.systemUTC();

    Dashboard(DashboardQueries queries, DashboardConfig config, ReportsConfig reports) {
        this.queries = queries;
        this.config = config;
        this.reports = reports;
    }

    /** The panel's figures as a record that serialises to its JSON and flattens to its CSV ({@link DashboardCsv}). */
    public Record figures(Panel panel, String from, String to, String team, Optional<String> cohortBy) {
        Filters filters = Filters.of(from, to, team, LocalDate.now(clock), panel.defaultMonths);
        return switch (panel) {
            case CASELOAD -> Caseload.of(filters, queries.caseload(filters), config.tierWeights(), config.untieredWeight());
            case COMPLIANCE -> Compliance.of(filters, queries.compliance(filters));
            case FAIRNESS -> Fairness.of(filters, queries.fairness(filters), Fairness.Rules.of(config.fairness()));
            case OUTCOMES -> {
                String by = cohortBy.orElse("quarter");
                if (!by.equals("quarter") && !by.equals("month")) {
                    throw new InvalidField("cohort", "cohort-period", "cohort is month or quarter", null);
                }
                yield Outcomes.of(filters, by, queries.outcomes(filters, by), new DisclosureControl(
                        config.fairness().minimumGroupSize(), 1, config.fairness().significantGroupSize()));
            }
            case RISK -> RiskLevels.of(filters, queries.risk(filters));
            case UNPAID_WORK -> UnpaidWork.of(filters, queries.unpaidWork(filters, config.unpaidWorkMonths(),
                    config.unpaidWorkWarningDays()), config.unpaidWorkMonths(), config.unpaidWorkWarningDays());
            case REPORTS -> ReportTimeliness.of(filters, queries.reports(filters,
                    reports.acknowledgementWithin().toSeconds()));
            case OFFICERS -> OfficerOutliers.of(filters, queries.officers(filters), config.outlierMinimumOfficers());
        };
    }
}
