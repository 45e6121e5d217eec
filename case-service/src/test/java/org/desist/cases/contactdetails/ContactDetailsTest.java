package org.desist.cases.contactdetails;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.desist.cases.contactdetails.ContactDetailsEvent.ContactDetailsChanged;
import org.junit.jupiter.api.Test;

/** Given the details as recorded, when a change is asked, then what is recorded. */
class ContactDetailsTest {

    private static final ContactDetails NONE = ContactDetails.AGGREGATE.initial();
    private static final Address HOME = new Address("12 Park Row", Optional.empty(), "Leeds", "ls15hd");

    @Test
    void theFirstDetailsAreRecordedNormalised() {
        List<ContactDetailsEvent> events = NONE.change(new ChangeContactDetails(Optional.of(HOME),
                " 07700 900123 ", null, " moved "));

        assertThat(events).containsExactly(new ContactDetailsChanged(Optional.of(new Address("12 Park Row",
                Optional.empty(), "Leeds", "LS1 5HD")), Optional.of("07700 900123"), Optional.empty(), "moved"));
    }

    @Test
    void theSameDetailsAgainRecordNothing() {
        ContactDetails recorded = ContactDetails.evolve(NONE, (ContactDetailsChanged) NONE.change(
                new ChangeContactDetails(Optional.of(HOME), null, null, "moved")).getFirst());

        assertThat(recorded.change(new ChangeContactDetails(Optional.of(new Address("12 Park Row", Optional.of(" "),
                "Leeds", "LS1 5HD")), "", null, "said again"))).isEmpty();
    }

    @Test
    void whatIsLeftOutIsNoLongerHeld() {
        ContactDetails recorded = ContactDetails.evolve(NONE, new ContactDetailsChanged(Optional.of(HOME),
                Optional.of("07700 900123"), Optional.of("a@example.org"), "first"));

        ContactDetailsChanged changed = (ContactDetailsChanged) recorded.change(new ChangeContactDetails(
                Optional.empty(), "07700 900123", null, "no fixed abode")).getFirst();

        assertThat(ContactDetails.evolve(recorded, changed)).isEqualTo(new ContactDetails(Optional.empty(),
                Optional.of("07700 900123"), Optional.empty()));
    }
}
