package org.desist.risk.fairness;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.desist.risk.assessment.CalculatedLevel;

/**
 * One person as fairness monitoring sees them: equality data, the judgements in force (overrides included), per
 * calculated level whether it was ever calculated and the directions of every override countersigned of it, and the
 * first follow-up with what happened after.
 */
record Subject(String sex, String ethnicity, String ageBand, Optional<String> rosh, Optional<String> tier,
        Optional<String> ogrs3Band, Map<CalculatedLevel, Set<String>> overridesMade,
        Optional<LocalDate> followUpStart,
        Optional<Double> oneYearProbability, Optional<Double> twoYearProbability, List<LocalDate> convictions) {

    /** The level in force, calculated or overridden; empty until it has been calculated. */
    Optional<String> level(CalculatedLevel level) {
        return level == CalculatedLevel.TIER ? tier : ogrs3Band;
    }
}
