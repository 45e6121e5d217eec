package org.desist.cases.contactdetails;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.desist.cases.contactdetails.ContactDetailsEvent.ContactDetailsChanged;
import org.desist.eventstore.command.Aggregate;

/** How to reach the person, as last recorded; empty until first recorded. */
public record ContactDetails(Optional<Address> address, Optional<String> phone, Optional<String> email) {

    public static final Aggregate<ContactDetails, ContactDetailsEvent> AGGREGATE = new Aggregate<>(
            ContactDetailsEvent.class, new ContactDetails(Optional.empty(), Optional.empty(), Optional.empty()),
            ContactDetails::evolve);

    static ContactDetails evolve(ContactDetails state, ContactDetailsEvent event) {
        return switch (event) {
            case ContactDetailsChanged changed -> new ContactDetails(changed.address(), changed.phone(), changed.email());
        };
    }

    /** The details as asked, normalised; nothing when they are already so (a PUT said twice records once). */
    List<ContactDetailsEvent> change(ChangeContactDetails command) {
        ContactDetails asked = new ContactDetails(command.address().map(Address::normalised), command.phoneNumber(),
                command.emailAddress());
        return asked.equals(this) ? List.of()
                : List.of(new ContactDetailsChanged(asked.address(), asked.phone(), asked.email(),
                        command.reason().strip()));
    }

    /** As {@code GET /people/{crn}/contact-details} answers: the details, and when they were last changed. */
    public record View(Optional<Address> address, Optional<String> phone, Optional<String> email,
            Optional<Instant> changedAt) {
    }
}
