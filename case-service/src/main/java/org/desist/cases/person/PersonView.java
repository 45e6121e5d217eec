package org.desist.cases.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A person on probation as {@code GET /people/{crn}} shows them. */
public record PersonView(String crn, String firstName, String lastName, LocalDate dateOfBirth, Sex sex,
        Optional<Ethnicity> ethnicity, Optional<String> pncNumber, EqualityMonitoring equality, Instant registeredAt,
        String registeredBy, long version) {

    static PersonView of(PersonRecord row, long version) {
        return new PersonView(row.crn, row.firstName, row.lastName, row.dateOfBirth, Sex.valueOf(row.sex),
                Optional.ofNullable(row.ethnicity).map(Ethnicity::valueOf), Optional.ofNullable(row.pncNumber),
                new EqualityMonitoring(Optional.ofNullable(row.disability), Optional.ofNullable(row.religionOrBelief),
                        Optional.ofNullable(row.sexualOrientation), Optional.ofNullable(row.genderIdentity)),
                row.registeredAt, row.registeredBy, version);
    }
}
