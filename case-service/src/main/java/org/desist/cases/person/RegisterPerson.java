package org.desist.cases.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/** The request to register a person on probation. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"firstName\": \"Alex\", \"lastName\": \"Morgan\", \"dateOfBirth\": \"1991-02-03\", \"sex\": \"FEMALE\", \"ethnicity\": \"W1\", \"pncNumber\": \"2004/0046583U\", \"equality\": {\"disability\": false}}")
public record RegisterPerson(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull @Past LocalDate dateOfBirth,
        @NotNull Sex sex,
        Optional<Ethnicity> ethnicity,
        Optional<@Pattern(regexp = "[0-9]{2}([0-9]{2})?/[0-9]{1,7}[A-Z]",
                message = "must be a PNC number such as 2004/0046583U") String> pncNumber,
        Optional<@Valid EqualityMonitoring> equality) {

    public RegisterPerson {
        ethnicity = ethnicity == null ? Optional.empty() : ethnicity;
        pncNumber = pncNumber == null ? Optional.empty() : pncNumber;
        equality = equality == null ? Optional.empty() : equality;
    }
}
