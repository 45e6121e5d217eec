package org.desist.risk.tier;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.desist.reference.RegistrationType;

/**
 * Everything the tier is calculated from (shared/facts/TIER.md). {@code womensFactors} counts the three factors
 * that apply to women only (parenting responsibilities, impulsivity or temper control, previous breach or recall).
 */
public record TierInputs(Optional<RoshLevel> rosh, Optional<BigDecimal> rsrPercent, Optional<Integer> mappaLevel,
        Set<RegistrationType> complexityFactors, boolean female, int womensFactors, Map<Need, Need.Severity> needs,
        Optional<Integer> ogrs3TwoYearPercent, boolean iomNominal, boolean mandateForChange, boolean validAssessment) {

    public TierInputs withRsrPercent(Optional<BigDecimal> rsr) {
        return new TierInputs(rosh, rsr, mappaLevel, complexityFactors, female, womensFactors, needs, ogrs3TwoYearPercent,
                iomNominal, mandateForChange, validAssessment);
    }
}
