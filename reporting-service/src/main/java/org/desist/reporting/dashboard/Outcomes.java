package org.desist.reporting.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.desist.eventstore.disclosure.DisclosureControl;

/**
 * Outcomes (004_65e84e6534087b6f.txt 4: reductions in predicted reoffending; 000_c72660e7df92b92e.txt 7.2): by cohort
 * (the month or quarter supervision began), the share proven to have reoffended within one and two years of the start,
 * against OGRS3's mean predicted probability for the same people, with the cohort's size. Only those followed up the
 * whole period are counted; a cohort or a share that would single out fewer than the minimum is withheld.
 */
public record Outcomes(LocalDate from, LocalDate to, Optional<String> team, String cohortBy, int minimumGroupSize,
        List<Cohort> cohorts) {

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Cohort(String cohort, boolean suppressed, Optional<Long> size, Optional<FollowUp> oneYear,
            Optional<FollowUp> twoYear) {
    }

    /** Those followed up the whole period, the share who reoffended, and the mean predicted; either share may be withheld. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record FollowUp(long followedUp, Optional<Double> reoffended, Optional<Double> predicted) {
    }

    /** A cohort's counts from the read model; the predicted means are over those followed up who were scored. */
    record Row(String cohort, long size, long followedOneYear, long reoffendedOneYear, Optional<Double> predictedOneYear,
            long followedTwoYears, long reoffendedTwoYears, Optional<Double> predictedTwoYears) {
    }

    static Outcomes of(Filters filters, String cohortBy, List<Row> rows, DisclosureControl control) {
        List<Cohort> cohorts = new ArrayList<>();
        for (Row r : rows) {
            if (r.size() < control.minimum()) {
                cohorts.add(new Cohort(r.cohort(), true, Optional.empty(), Optional.empty(), Optional.empty()));
                continue;
            }
            cohorts.add(new Cohort(r.cohort(), false, Optional.of(r.size()),
                    followUp(control, r.followedOneYear(), r.reoffendedOneYear(), r.predictedOneYear()),
                    followUp(control, r.followedTwoYears(), r.reoffendedTwoYears(), r.predictedTwoYears())));
        }
        return new Outcomes(filters.from(), filters.to(), filters.team(), cohortBy, control.minimum(), List.copyOf(cohorts));
    }

    private static Optional<FollowUp> followUp(DisclosureControl control, long followed, long reoffended,
            Optional<Double> predicted) {
        if (followed == 0) {
            return Optional.empty();
        }
        boolean publishable = control.withheld(Map.of("reoffended", reoffended, "not", followed - reoffended), Set.of())
                .isEmpty();
        return Optional.of(new FollowUp(followed, publishable ? Optional.of(DisclosureControl.published(
                reoffended / (double) followed)) : Optional.empty(), predicted.map(DisclosureControl::published)));
    }
}
