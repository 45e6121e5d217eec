package org.desist.risk.fairness;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.desist.risk.assessment.CalculatedLevel;

/**
 * One person as fairness monitoring sees them: equality data, the judgements in force (overrides included), the
 * direction of any override in force per calculated level, and what happened after.
 */
record Subject(String sex, String ethnicity, String ageBand, Optional<String> rosh, Optional<String> tier,
        Optional<String> ogrs3Band, Map<CalculatedLevel, Optional<String>> overrideDirections,
        Optional<LocalDate> followUpStart,
        Optional<Double> oneYearProbability, Optional<Double> twoYearProbability, List<LocalDate> convictions) {
}
