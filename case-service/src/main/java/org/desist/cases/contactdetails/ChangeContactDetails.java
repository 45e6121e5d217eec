package org.desist.cases.contactdetails;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person's contact details as they now are, whole: what is left out (or null) is no longer held. */
@Schema(example = "{\"address\": {\"line1\": \"12 Park Row\", \"town\": \"Leeds\", \"postcode\": \"LS1 5HD\"}, "
        + "\"phone\": \"07700 900123\", \"email\": null, \"reason\": \"moved to approved accommodation\"}")
public record ChangeContactDetails(
        Optional<@Valid Address> address,
        @Pattern(regexp = "\\s*\\+?[0-9][0-9 ()-]{5,19}\\s*", message = "must be a phone number: digits, spaces, "
                + "brackets and dashes, 6 to 20 characters, optionally starting with +") String phone,
        @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 2_000) String reason) {

    public ChangeContactDetails {
        address = address == null ? Optional.empty() : address;
    }

    Optional<String> phoneNumber() {
        return Optional.ofNullable(phone).map(String::strip).filter(p -> !p.isEmpty());
    }

    Optional<String> emailAddress() {
        return Optional.ofNullable(email).map(String::strip).filter(e -> !e.isEmpty());
    }
}
