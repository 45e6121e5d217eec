package org.desist.cases.person;

import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * Equality monitoring beyond sex and ethnicity, each optional and self-declared: the data fairness monitoring needs
 * to challenge discrimination (000_c72660e7df92b92e.txt 3.1, 8.4).
 */
public record EqualityMonitoring(
        Optional<Boolean> disability,
        Optional<@Size(max = 100) String> religionOrBelief,
        Optional<@Size(max = 100) String> sexualOrientation,
        Optional<@Size(max = 100) String> genderIdentity) {

    public static final EqualityMonitoring NOT_DECLARED =
            new EqualityMonitoring(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public EqualityMonitoring {
        disability = disability == null ? Optional.empty() : disability;
        religionOrBelief = religionOrBelief == null ? Optional.empty() : religionOrBelief;
        sexualOrientation = sexualOrientation == null ? Optional.empty() : sexualOrientation;
        genderIdentity = genderIdentity == null ? Optional.empty() : genderIdentity;
    }
}
