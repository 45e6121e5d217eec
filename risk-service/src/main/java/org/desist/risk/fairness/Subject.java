package org.desist.risk.fairness;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One person as fairness monitoring sees them: equality data, the judgements made, and what happened after. */
record Subject(String sex, String ethnicity, String ageBand, Optional<String> rosh, Optional<String> tier,
        Optional<String> ogrs3Band, Optional<String> overrideDirection, Optional<LocalDate> followUpStart,
        Optional<Double> oneYearProbability, Optional<Double> twoYearProbability, List<LocalDate> convictions) {
}
