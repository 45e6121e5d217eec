package org.desist.cases.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.cases.contact.ContactEvent;
import org.desist.cases.contact.ContactEvent.ContactCorrected;
import org.desist.cases.contact.ContactEvent.ContactRecorded;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.Policy;

/**
 * A failure to comply recorded, or any correction of a contact, has enforcement judge the record again: a warning, or
 * breach action due (000_c72660e7df92b92e.txt 8.3), or one of them withdrawn because the failure behind it is no
 * longer one.
 */
@ApplicationScoped
class FailuresToComply implements Policy<ContactEvent> {

    private final EnforcementActions enforcement;

    FailuresToComply(EnforcementActions enforcement) {
        this.enforcement = enforcement;
    }

    @Override
    public Class<ContactEvent> family() {
        return ContactEvent.class;
    }

    @Override
    public void react(StoredEvent stored, ContactEvent event, CommandMetadata caused) {
        switch (event) {
            case ContactRecorded recorded when Failures.enforceable(recorded.outcome()) ->
                    enforcement.judge(stored.stream().id(), "a failure to comply on " + recorded.occurredAt()
                            + " was recorded, and the failures were judged again in date order", caused);
            case ContactCorrected corrected -> enforcement.judge(stored.stream().id(), "contact "
                    + corrected.contactId() + " was corrected (now " + corrected.outcome() + "): " + corrected.reason(),
                    caused);
            default -> {
                // a kept appointment or a booking changes no one's enforcement record
            }
        }
    }
}
