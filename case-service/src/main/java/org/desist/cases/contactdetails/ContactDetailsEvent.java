package org.desist.cases.contactdetails;

import java.util.Optional;
import org.desist.eventstore.command.EventType;

/**
 * How to reach a person on probation. Kept in a stream of its own that is never published: only those with it in their
 * need to know read it (staff on the case, a partner agency it is shared with as CONTACT_DETAILS, the person).
 */
public sealed interface ContactDetailsEvent {

    @EventType("probation-case.contact-details.changed")
    record ContactDetailsChanged(Optional<Address> address, Optional<String> phone, Optional<String> email,
            String reason) implements ContactDetailsEvent {

        public ContactDetailsChanged {
            address = address == null ? Optional.empty() : address;
            phone = phone == null ? Optional.empty() : phone;
            email = email == null ? Optional.empty() : email;
        }
    }
}
