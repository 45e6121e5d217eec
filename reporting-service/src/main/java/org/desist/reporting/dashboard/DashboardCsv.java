package org.desist.reporting.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Each panel as RFC 4180 CSV, one header line then one line a figure; a withheld figure is an empty field. */
final class DashboardCsv {

    private DashboardCsv() {
    }

    static String of(Record figures) {
        List<List<Object>> rows = switch (figures) {
            case Caseload c -> caseload(c);
            case Compliance c -> compliance(c);
            case Fairness f -> fairness(f);
            case Outcomes o -> outcomes(o);
            case OfficerOutliers o -> officers(o);
            case RiskLevels r -> risk(r);
            case UnpaidWork u -> unpaidWork(u);
            case ReportTimeliness r -> reports(r);
            default -> throw new IllegalArgumentException("no CSV for " + figures.getClass());
        };
        return rows.stream().map(row -> row.stream().map(DashboardCsv::field).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static List<List<Object>> caseload(Caseload c) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("team", "staffId", "cases", "workload"));
        header.addAll(c.tiers());
        rows.add(header);
        c.teams().forEach(team -> {
            team.officers().forEach(o -> {
                List<Object> row = new ArrayList<>(List.of(team.team(), o.staffId(), o.cases(), o.workload()));
                row.addAll(o.byTier().values());
                rows.add(row);
            });
            List<Object> row = new ArrayList<>(List.of(team.team(), "ALL", team.cases(), team.workload()));
            row.addAll(team.byTier().values());
            rows.add(row);
        });
        return rows;
    }

    private static List<List<Object>> compliance(Compliance c) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("team"));
        header.addAll(Compliance.MEASURES);
        rows.add(header);
        List<Compliance.Team> teams = new ArrayList<>(c.teams());
        teams.add(c.total());
        teams.forEach(t -> {
            List<Object> row = new ArrayList<>(List.of(t.team()));
            Compliance.MEASURES.forEach(m -> row.add(t.measure(m)));
            rows.add(row);
        });
        return rows;
    }

    private static List<List<Object>> fairness(Fairness f) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("dimension", "group", "suppressed", "count", "tooSmallToGeneralise", "measure", "share",
                "ratioToOverall", "flagged"));
        f.overall().forEach((measure, rate) -> rows.add(rate("overall", "ALL", false, Optional.of(f.people()),
                Optional.empty(), measure, rate)));
        f.dimensions().forEach((dimension, groups) -> groups.forEach(g -> {
            if (g.suppressed()) {
                rows.add(List.of(dimension, g.group(), true, "", "", "", "", "", ""));
            } else {
                g.rates().orElseThrow().forEach((measure, rate) -> rows.add(rate(dimension, g.group(), false, g.count(),
                        g.tooSmallToGeneralise(), measure, rate)));
            }
        }));
        return rows;
    }

    private static List<Object> rate(String dimension, String group, boolean suppressed, Optional<Long> count,
            Optional<Boolean> small, String measure, Fairness.Rate rate) {
        return List.of(dimension, group, suppressed, count.map(Object.class::cast).orElse(""),
                small.map(Object.class::cast).orElse(""), measure, or(rate.share()), or(rate.ratioToOverall()),
                or(rate.flagged()));
    }

    private static List<List<Object>> outcomes(Outcomes o) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("cohort", "suppressed", "size", "followedUpOneYear", "reoffendedOneYear", "predictedOneYear",
                "followedUpTwoYears", "reoffendedTwoYears", "predictedTwoYears"));
        o.cohorts().forEach(c -> rows.add(List.of(c.cohort(), c.suppressed(), or(c.size()),
                or(c.oneYear().map(Outcomes.FollowUp::followedUp)), or(c.oneYear().flatMap(Outcomes.FollowUp::reoffended)),
                or(c.oneYear().flatMap(Outcomes.FollowUp::predicted)), or(c.twoYear().map(Outcomes.FollowUp::followedUp)),
                or(c.twoYear().flatMap(Outcomes.FollowUp::reoffended)), or(c.twoYear().flatMap(Outcomes.FollowUp::predicted)))));
        return rows;
    }

    private static List<List<Object>> officers(OfficerOutliers o) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("team", "officers", "median", "interquartileRange", "staffId", "cases", "breachesAndRecalls",
                "rate"));
        o.teams().forEach(t -> {
            if (t.above().isEmpty()) {
                rows.add(List.of(t.team(), t.officers(), or(t.median()), or(t.interquartileRange()), "", "", "", ""));
            }
            t.above().forEach(a -> rows.add(List.of(t.team(), t.officers(), or(t.median()), or(t.interquartileRange()),
                    a.staffId(), a.cases(), a.breachesAndRecalls(), a.rate())));
        });
        return rows;
    }

    private static List<List<Object>> risk(RiskLevels r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("measure", "level", "direction", "count"));
        r.rosh().forEach((level, n) -> rows.add(List.of("rosh", level, "", n)));
        r.tiers().forEach((tier, n) -> rows.add(List.of("tier", tier, "", n)));
        r.overrides().forEach((level, directions) -> directions.forEach((direction, n) ->
                rows.add(List.of("override", level, direction, n))));
        return rows;
    }

    private static List<List<Object>> unpaidWork(UnpaidWork u) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("team", "orders", "hoursOrdered", "hoursWorked", "hoursOutstanding", "nearLimit", "pastLimit"));
        List<UnpaidWork.Team> teams = new ArrayList<>(u.teams());
        teams.add(u.total());
        teams.forEach(t -> rows.add(List.of(t.team(), t.orders(), t.hoursOrdered(), t.hoursWorked(), t.hoursOutstanding(),
                t.nearLimit(), t.pastLimit())));
        return rows;
    }

    private static List<List<Object>> reports(ReportTimeliness r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("team", "due", "deliveredOnTime", "deliveredLate", "notYetDelivered", "overdue", "unacknowledged"));
        List<ReportTimeliness.Team> teams = new ArrayList<>(r.teams());
        teams.add(r.total());
        teams.forEach(t -> rows.add(List.of(t.team(), t.due(), t.deliveredOnTime(), t.deliveredLate(), t.notYetDelivered(),
                t.overdue(), t.unacknowledged())));
        return rows;
    }

    private static Object or(Optional<?> value) {
        return value.map(Object.class::cast).orElse("");
    }

    /** Quoted where needed; text a spreadsheet would run as a formula is prefixed with an apostrophe. */
    static String field(Object value) {
        String text = String.valueOf(value);
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches("[^\",\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
