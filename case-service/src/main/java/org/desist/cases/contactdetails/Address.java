package org.desist.cases.contactdetails;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;

/** A postal address in the United Kingdom. */
public record Address(@NotBlank @Size(max = 200) String line1, Optional<@Size(max = 200) String> line2,
        @NotBlank @Size(max = 100) String town,
        @NotBlank @Pattern(regexp = "(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}", message = "must be a UK postcode, e.g. LS1 4AP")
        String postcode) {

    public Address {
        line2 = line2 == null ? Optional.empty() : line2.map(String::strip).filter(l -> !l.isEmpty());
    }

    /** As kept: trimmed, the postcode in capitals with its one space. */
    Address normalised() {
        String code = postcode.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        return new Address(line1.strip(), line2, town.strip(), code.substring(0, code.length() - 3) + " "
                + code.substring(code.length() - 3));
    }
}
