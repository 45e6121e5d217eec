package org.desist.risk.fairness;

import org.desist.eventstore.disclosure.DisclosureControl;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.desist.risk.assessment.CalculatedLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Fairness monitoring (000_c72660e7df92b92e.txt 3.1, 8.4: discrimination is challenged): per dimension and group,
 * the distribution of judgements, each rate against the overall rate, flags where the difference is large, and
 * OGRS3's calibration — the share actually reconvicted against the mean predicted probability. Figures are protected
 * by {@link DisclosureControl}: withheld cells carry no number at all, counts are rounded.
 */
@Schema(description = "Fairness figures by sex, ethnicity and age band. Counts are rounded to a multiple of roundingBase; "
        + "shares and ratios are worked out from the true counts and published to two decimal places. A group of fewer "
        + "than minimumGroupSize people, and a second group beside a lone one, are suppressed: they publish no figure. "
        + "Groups under significantGroupSize are published but marked significant: false.")
public record FairnessReport(
        @Schema(description = "Everyone registered, rounded") long people,
        @Schema(description = "Groups and cells of fewer people are suppressed") int minimumGroupSize,
        @Schema(description = "Groups of fewer people (as published) are marked not significant") int significantGroupSize,
        @Schema(description = "Published counts are rounded to the nearest multiple of this") int roundingBase,
        @Schema(description = "A ratio to the overall rate above this is flagged") double flagAbove,
        @Schema(description = "A ratio to the overall rate below this is flagged") double flagBelow,
        Map<String, List<Group>> dimensions) {

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @Schema(description = "One group of a dimension. A suppressed group has only its name and suppressed: true.")
    public record Group(
            String group,
            boolean suppressed,
            @Schema(description = "People in the group, rounded; absent when suppressed") Optional<Long> count,
            @Schema(description = "false when the group, as published, is under significantGroupSize; absent when suppressed")
            Optional<Boolean> significant,
            @Schema(description = "Per measure (rosh, tier, ogrs3Band) and category, the share of the group's people "
                    + "assessed on that measure; absent when suppressed")
            Optional<Map<String, Map<String, Rate>>> distributions,
            @Schema(description = "Per calculated level, the share of the group's people calculated at that level with "
                    + "an override countersigned (in force or since superseded), and up and down; absent when suppressed")
            Optional<Map<CalculatedLevel, Overrides>> overrides,
            @Schema(description = "Published rates beyond flagAbove or flagBelow of the overall rate; absent when suppressed")
            Optional<List<String>> flags,
            @Schema(description = "Those followed up a year; absent when suppressed, empty or too few")
            Optional<Calibration> oneYear,
            @Schema(description = "Those followed up two years; absent when suppressed, empty or too few")
            Optional<Calibration> twoYear) {

        static Group suppressed(String name) {
            return new Group(name, true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** For one calculated level (the tier, the OGRS3 band): the share overridden, and overridden up and down. */
    public record Overrides(Rate rate, Rate up, Rate down) {
    }

    /**
     * A share and that share divided by the overall one; both absent where the cell is suppressed, the ratio absent
     * where the overall share is 0.
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Rate(boolean suppressed, Optional<Double> share, Optional<Double> ratioToOverall) {

        static final Rate SUPPRESSED = new Rate(true, Optional.empty(), Optional.empty());

        static Rate of(double share, Optional<Double> ratioToOverall) {
            return new Rate(false, Optional.of(DisclosureControl.published(share)),
                    ratioToOverall.map(DisclosureControl::published));
        }
    }

    /** For the cohort followed up long enough: how many (rounded), the share reconvicted, the mean predicted probability. */
    public record Calibration(long cohort, double reconvicted, double meanPredicted) {
    }
}
