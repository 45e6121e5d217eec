package org.desist.cases.contact;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.cases.contact.ContactEvent.ContactCorrected;
import org.desist.cases.contact.ContactEvent.ContactRecorded;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.EventCodec;

/** The contact views folded straight from the stored events: the answer for a past moment ({@code asOf}). */
final class ContactHistory {

    private ContactHistory() {
    }

    static List<ContactView> fold(List<StoredEvent> events, EventCodec codec) {
        Map<UUID, ContactView> views = new LinkedHashMap<>();
        for (StoredEvent stored : events) {
            codec.decode(stored, ContactEvent.class).ifPresent(event -> {
                switch (event) {
                    case ContactRecorded r -> views.put(r.contactId(), new ContactView(r.contactId(), r.type(),
                            r.occurredAt(), r.outcome(), r.notes(), r.loneContact(), r.loneContactReason(),
                            stored.recordedAt(), stored.actor().subject(), stored.actor().agency(), 0,
                            java.util.Optional.empty()));
                    case ContactCorrected c -> views.computeIfPresent(c.contactId(), (id, v) -> new ContactView(id, c.type(),
                            c.occurredAt(), c.outcome(), c.notes(), v.loneContact(), v.loneContactReason(), v.recordedAt(),
                            v.recordedBy(), v.recordedByAgency(), v.corrections() + 1, java.util.Optional.of(c.reason())));
                    default -> {
                        // an appointment becomes a contact once its outcome is recorded
                    }
                }
            });
        }
        return views.values().stream().sorted(Comparator.comparing(ContactView::occurredAt).reversed()).toList();
    }

}
