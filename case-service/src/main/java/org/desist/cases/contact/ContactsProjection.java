package org.desist.cases.contact;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.cases.contact.ContactEvent.ContactCorrected;
import org.desist.cases.contact.ContactEvent.ContactRecorded;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.projection.Projection;

/** Keeps {@code contacts}: each contact as last recorded or corrected. */
@ApplicationScoped
public class ContactsProjection implements Projection<ContactEvent> {

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    public Class<ContactEvent> family() {
        return ContactEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, ContactEvent event) {
        switch (event) {
            case ContactRecorded recorded -> recorded(stored, recorded);
            case ContactCorrected corrected -> corrected(corrected);
            default -> {
                // an appointment becomes a contact once its outcome is recorded
            }
        }
    }

    private static void recorded(StoredEvent stored, ContactRecorded event) {
        ContactRecord row = new ContactRecord();
        row.id = event.contactId();
        row.crn = stored.stream().id();
        row.type = event.type().name();
        row.occurredAt = event.occurredAt();
        row.outcome = event.outcome().name();
        row.notes = event.notes();
        row.loneContact = event.loneContact();
        row.loneContactReason = event.loneContactReason().orElse(null);
        row.recordedAt = stored.recordedAt();
        row.recordedBy = stored.actor().subject();
        row.recordedByAgency = stored.actor().agency().orElse(null);
        row.persist();
    }

    private static void corrected(ContactCorrected event) {
        ContactRecord row = ContactRecord.findById(event.contactId());
        row.type = event.type().name();
        row.occurredAt = event.occurredAt();
        row.outcome = event.outcome().name();
        row.notes = event.notes();
        row.corrections++;
        row.lastCorrectionReason = event.reason();
    }

    @Override
    public void reset() {
        ContactRecord.deleteAll();
    }
}
